# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Date.md (-Year -Month -Day replace parts)
Get-Date -Date '2013-02-01 10:30:00' -Year 2014 -Day 3 -Format 'yyyy-MM-dd'
