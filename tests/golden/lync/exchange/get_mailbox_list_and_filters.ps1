# source: ucs-decisions.md 7 and the default lab of issue 4 (Exchange 2013 atl-ex-001 with DB2013, Exchange 2010 atl-ex-010 with DB2010; users without a mailbox are not mailboxes)
Get-Mailbox
Get-Mailbox -Database DB2010 | ForEach-Object { "$($_.Name) $($_.ServerName) $($_.ExchangeVersion)" }
