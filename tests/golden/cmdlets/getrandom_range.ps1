# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Random.md (-Minimum inclusive, -Maximum exclusive; -InputObject; -Count)
Get-Random -Minimum 1 -Maximum 2
$x = 1..5 | Get-Random
$x -ge 1 -and $x -le 5
(1..10 | Get-Random -Count 10 | Sort-Object) -join ','
