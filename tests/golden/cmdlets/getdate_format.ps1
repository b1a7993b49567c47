# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Date.md (-Date, -Format with a .NET format string)
Get-Date -Date '2013-02-01 10:30:00' -Format 'yyyy-MM-dd HH:mm:ss'
Get-Date -Date '2013-02-01 10:30:05' -Format 'dddd, MMMM d, yyyy h:mm tt'
Get-Date -Date '2013-02-01 14:03:00' -Format 'MM/dd/yy hh:mm:ss tt'
