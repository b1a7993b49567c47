# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
[pscustomobject]@{Name='ken'; Count=3}
[pscustomobject]@{Name='alexandra'; Count=12345}
