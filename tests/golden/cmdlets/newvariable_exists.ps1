# source: reference/5.1/Microsoft.PowerShell.Utility/New-Variable.md; SessionStateStrings (VariableAlreadyExists)
$b = 1
New-Variable b 2
$b
New-Variable b 3 -Force
$b
