# source: reference/5.1/Microsoft.PowerShell.Utility/New-Variable.md (-Option ReadOnly); Set-Variable.md (-Force)
New-Variable r 1 -Option ReadOnly
Set-Variable r 2
$r
Set-Variable r 3 -Force
$r
