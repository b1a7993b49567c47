# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (-Sum -Average)
$m = 1..10 | Measure-Object -Sum -Average
"$($m.Sum) $($m.Average)"
(1,2 | Measure-Object -Average).Average
