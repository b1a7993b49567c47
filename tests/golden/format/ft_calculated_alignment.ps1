# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Name='ken'} | Format-Table @{n='Who'; e='Name'; Alignment='Right'}, @{n='Len'; e={$_.Name.Length}; a='Left'}
