# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md (-PassThru returns the object)
$o = [pscustomobject]@{A=1}
$r = $o | Add-Member -NotePropertyName B -NotePropertyValue 2 -PassThru
$r.B
$o2 = [pscustomobject]@{A=1}
$n = $o2 | Add-Member -NotePropertyName B -NotePropertyValue 2
$null -eq $n
