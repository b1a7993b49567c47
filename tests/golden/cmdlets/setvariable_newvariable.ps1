# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md, New-Variable.md
Set-Variable -Name a -Value 5
$a
New-Variable b 6
$b
Set-Variable a 7
$a
