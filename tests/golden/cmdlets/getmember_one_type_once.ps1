# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md (each type is listed once)
$m = 'a','b' | Get-Member -Name Length
@($m).Count
$t = 1, 'x' | Get-Member -Name GetType
($t | ForEach-Object TypeName) -join ','
