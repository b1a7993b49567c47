# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
$x = [pscustomobject]@{Id=1}
$x
$y = [pscustomobject]@{Id=22}
$y
