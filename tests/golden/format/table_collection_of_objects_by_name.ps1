# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
$m = [pscustomobject]@{Name='ken'; Id=1}, [pscustomobject]@{Name='al'; Id=2}
[pscustomobject]@{Group='g'; Members=$m}
