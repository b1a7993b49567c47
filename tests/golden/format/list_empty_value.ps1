# source: powershell.md §9 (List layout); 5.1 ListWriter.cs, OutCommandInner (GroupStart/End blank lines)
[pscustomobject]@{Name='ken'; Title=''; Dept=$null; Phone='1'; Office='B'}
