# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
[pscustomobject]@{Name='ken'}
