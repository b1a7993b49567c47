# source: Format-Table.md; 5.1 TableWriter/ColumnWidthManager (widths, ... truncation)
[pscustomobject]@{SipAddress='sip:k@c'; SipDomain='c'; Name='ken'} | Format-Table Sip*
