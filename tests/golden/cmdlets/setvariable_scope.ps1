# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md (-Scope Global); about_Scopes
function f { Set-Variable -Name g1 -Value 1 -Scope Global }
function set-local { Set-Variable -Name k1 -Value 1 }
f
set-local
$g1
$null -eq $k1
function read-global { Get-Variable -Name g1 -Scope Global -ValueOnly }
read-global
