# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md; powershell.md section 7 (1 | Select-Object -Property X creates an empty property X)
$r = 1 | Select-Object -Property X
"[$r]"
$null -eq $r.X
