# source: Get-Member.md 5.1 (output: "   TypeName: <type>" then a Name/MemberType/Definition table per type)
[pscustomobject]@{N = 1} | Get-Member -MemberType NoteProperty
