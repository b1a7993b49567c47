# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md (-NotePropertyName -NotePropertyValue)
$o = [pscustomobject]@{A=1}
$o | Add-Member -NotePropertyName Pool -NotePropertyValue 'p1'
$o.Pool
