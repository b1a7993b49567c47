# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{a=1; b=2; c=3; d=4; e=5; f=6} | ft *
