# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Name='ken'; Size=2048} | Format-Table Name, @{Name='KB'; Expression={$_.Size / 1024}}
