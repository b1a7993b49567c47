# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Property); about_PSCustomObject (string form)
$o = [pscustomobject]@{Name='Ken'; Pool='p1'; Age=3}
$s = $o | Select-Object Name, Age
"$s"
$s.Name
$null -eq $s.Pool
