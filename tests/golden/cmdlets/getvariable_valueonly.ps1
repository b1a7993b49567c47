# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Variable.md (-ValueOnly, PSVariable Name/Value)
$x = 5
Get-Variable x -ValueOnly
$v = Get-Variable -Name x
"$($v.Name)=$($v.Value)"
