# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md (New-Object System.Collections.Hashtable)
$h = New-Object System.Collections.Hashtable
$h.a = 1
$h['b'] = 2
$h.Count
