# source: reference/5.1/Microsoft.PowerShell.Utility/Remove-Variable.md, Clear-Variable.md
$z = 1
Remove-Variable z
$null -eq $z
@(Get-Variable z -ErrorAction SilentlyContinue).Count
$c = 5
Clear-Variable c
$null -eq $c
(Get-Variable c).Name
