# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md (NoteProperty definitions: type Name=value)
$o = [pscustomobject]@{b='x'; a=1}
$o | Get-Member -MemberType NoteProperty | ForEach-Object { "$($_.Name)|$($_.MemberType)|$($_.Definition)" }
