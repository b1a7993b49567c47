# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-ExcludeProperty with -Property)
$o = [pscustomobject]@{Name=1; Nick=2; Age=3}
$r = $o | Select-Object -Property * -ExcludeProperty Age
"$r"
