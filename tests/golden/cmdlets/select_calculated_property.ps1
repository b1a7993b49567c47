# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (calculated properties: Name/Expression, N/E, Label)
$o = [pscustomobject]@{Name='ken'; Age=3}
$a = $o | Select-Object @{Name='Upper'; Expression={$_.Name.ToUpper()}}
$a.Upper
$b = $o | Select-Object Name, @{N='Next'; E={$_.Age + 1}}
"$b"
$c = $o | Select-Object @{Label='Who'; Expression={$_.Name}}
$c.Who
