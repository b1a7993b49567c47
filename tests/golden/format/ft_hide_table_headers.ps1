# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Name='ken'; Pool='p1'} | Format-Table -HideTableHeaders
