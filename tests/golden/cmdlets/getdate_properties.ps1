# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Date.md; System.DateTime properties
$d = Get-Date -Date '2013-02-01 10:30:45'
"$($d.Year) $($d.Month) $($d.Day) $($d.Hour) $($d.Minute) $($d.Second)"
$d.DayOfWeek
$d.DayOfYear
