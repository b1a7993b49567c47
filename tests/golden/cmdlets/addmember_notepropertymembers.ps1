# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md (-NotePropertyMembers hashtable)
$o = [pscustomobject]@{A=1}
Add-Member -InputObject $o -NotePropertyMembers ([ordered]@{B=2; C=3})
"$o"
