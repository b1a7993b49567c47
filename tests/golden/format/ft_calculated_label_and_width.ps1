# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Name='alexandra'} | Format-Table @{Label='N'; Expression={$_.Name}; Width=5}
