# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Property accepts wildcards)
$o = [pscustomobject]@{Name=1; Nick=2; Age=3}
$r = $o | Select-Object N*
"$r"
