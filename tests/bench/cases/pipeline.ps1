$m = 1..100000 | ForEach-Object { [pscustomobject]@{N=$_} } | Where-Object N -gt 50000 | ForEach-Object N | Measure-Object -Sum
$m.Sum
