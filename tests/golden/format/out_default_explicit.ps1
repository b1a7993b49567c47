# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
[pscustomobject]@{a=1} | Out-Default
[pscustomobject]@{a=2} | Out-Default
