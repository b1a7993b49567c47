# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (statistics not requested are empty)
$m = 1,2 | Measure-Object
$null -eq $m.Sum
$null -eq $m.Maximum
$null -eq $m.Property
