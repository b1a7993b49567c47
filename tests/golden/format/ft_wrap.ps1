# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Id=1; Text=('abc ' * 25).Trim()} | Format-Table -Wrap
