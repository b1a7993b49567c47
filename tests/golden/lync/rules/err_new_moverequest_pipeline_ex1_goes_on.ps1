# source: ucs-model.md EX1 and ucs-decisions.md 7 (the move to Exchange 2010 is refused while the contacts are in UCS): per record, the other mailboxes move
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsUser -Identity "Pilar Ackerman", "Ken Myer", "Toni Poe" | New-MoveRequest -TargetDatabase DB2010 | ForEach-Object { "$($_.DisplayName) $($_.StatusDetail)" }
Get-Mailbox -Identity "Pilar Ackerman", "Ken Myer", "Toni Poe" | ForEach-Object { "$($_.DisplayName): $($_.Database)" }
(Get-CsLabUser -Identity "Ken Myer").ContactStore
