# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (-Sum over a ForEach-Object pipeline)
$s = 1..100 | ForEach-Object { $_ * 2 } | Measure-Object -Sum
$s.Sum
