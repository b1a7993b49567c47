# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{Name='ken'; Pool='pool01.contoso.com'} | Format-Table -AutoSize
