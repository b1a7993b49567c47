# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (-Maximum -Minimum)
$m = 4,9,-2,7 | Measure-Object -Maximum -Minimum
$m.Maximum
$m.Minimum
$m.Count
