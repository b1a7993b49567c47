# source: Get-Date.md 5.1 (Example 1: long date and long time; Example 2: -DisplayHint Date), en-US culture as ucsh uses
Get-Date -Date '2019-06-25 14:53:32'
Get-Date -Date '2019-06-25 14:53:32' -DisplayHint Date
