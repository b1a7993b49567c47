# source: powershell.md §9 (List layout); 5.1 ListWriter.cs, OutCommandInner (GroupStart/End blank lines)
[pscustomobject]@{a="one`ntwo"; b=2; c=3; d=4; e=5}
