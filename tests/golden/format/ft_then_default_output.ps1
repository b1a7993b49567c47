# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{a=1} | Format-Table
[pscustomobject]@{b=2}
