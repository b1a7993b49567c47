# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Name='ken'; Pool='p1'; Enabled=$true; Extra=9; More=1} | Format-Table Name, Enabled
