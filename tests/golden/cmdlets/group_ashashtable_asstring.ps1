# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md (-AsHashTable -AsString)
$h = 1..5 | Group-Object { $_ % 2 } -AsHashTable -AsString
$h['1'].Count
$h['0'].Count
$h.Count
