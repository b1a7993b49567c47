# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md (-MemberType NoteProperty -Name -Value)
$o = [pscustomobject]@{A=1}
$o | Add-Member -MemberType NoteProperty -Name Status -Value 'Done'
$o.Status
"$o"
