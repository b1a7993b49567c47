# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-ExpandProperty)
$g = [pscustomobject]@{Name='g'; Members=@('a','b','c')}
$m = $g | Select-Object -ExpandProperty Members
$m.Count
$m -join ','
