# source: reference/5.1/Microsoft.PowerShell.Core/Invoke-Command.md (-NoNewScope runs in the current scope)
$w = 1
Invoke-Command -ScriptBlock { $w = 2 }
$w
Invoke-Command -ScriptBlock { $w = 3 } -NoNewScope
$w
