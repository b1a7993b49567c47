# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md (-Force overwrites)
$o = [pscustomobject]@{A=1}
$o | Add-Member -MemberType NoteProperty -Name A -Value 2 -Force
$o.A
