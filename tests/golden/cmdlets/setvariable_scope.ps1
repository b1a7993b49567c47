# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md (-Scope Global); about_Scopes
function f { Set-Variable -Name g1 -Value 1 -Scope Global }
function h { Set-Variable -Name k1 -Value 1 }
f
h
$g1
$null -eq $k1
function r { Get-Variable -Name g1 -Scope Global -ValueOnly }
r
