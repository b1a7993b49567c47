# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (-Property; the Property field names it)
$f = @([pscustomobject]@{Size=10}, [pscustomobject]@{Size=32})
$m = $f | Measure-Object -Property Size -Sum
$m.Sum
$m.Property
$m.Count
