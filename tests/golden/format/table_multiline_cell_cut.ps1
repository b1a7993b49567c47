# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Id=1; Text="line1`nline2"}
