# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Last with -Property)
$a = 1..4 | ForEach-Object { [pscustomobject]@{N=$_; Sq=$_*$_} }
($a | Select-Object -Property Sq -Last 2 | ForEach-Object Sq) -join ','
