# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md (a script block as the property)
$g = 1..6 | Group-Object { $_ % 3 }
$g.Count
($g | ForEach-Object Count) -join ','
