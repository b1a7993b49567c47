# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-ExpandProperty of a missing property is an error)
$o = [pscustomobject]@{Name='x'}
$o | Select-Object -ExpandProperty Nope
'after'
