# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
[pscustomobject]@{a=1; b='two'; c=$true; d=2.5}
