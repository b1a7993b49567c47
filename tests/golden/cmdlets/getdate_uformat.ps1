# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Date.md (-UFormat)
Get-Date -Date '2013-02-01 10:30:00' -UFormat '%Y/%m/%d %H:%M'
