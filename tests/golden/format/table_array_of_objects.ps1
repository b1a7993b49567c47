# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
$a = @([pscustomobject]@{n=1}, [pscustomobject]@{n=10})
$a
