# source: sequences.md 5 scenario A10 "Exchange rollback blocked until Lync rollback"; seed 000 (JJ205224); ucs-model.md EX1 RB1 RB2 M1; ucs-decisions.md 2, 5, 7
#
# Runbook (acceptance scenario A10): "You must first roll back the Lync Server
# user, and then move the Exchange 2013 mailbox. The Exchange administrator is
# blocked from rolling back Exchange until the Lync Server rollback is
# complete." (seed 000, EX1). The documented line is byte for byte from
# sequences.md 5; each "# [event]" is a lab step (the Exchange
# administrator's mailbox move is Exchange's New-MoveRequest) and each
# "# expect:" an observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a10-exchange-rollback-blocked.ps1
#
# Expected errors: the mailbox move FAILS on purpose twice, before the
# rollback and while it is under way (EX1). Each prints one error record
# (stderr); the script goes on and exits 0.

# precondition: Ken in UCS
# Lab: the default lab's Ken Myer (policy "UCS Enabled Users", UcsAllowed
# True, mailbox on the Exchange 2013 database DB2013) signs in with Lync 2013
# and migrates (10 simulated minutes, M3, M4): expect UnifiedContactStore.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,ContactStore,ContactCount | Format-List
Get-Mailbox -Identity "Ken Myer" | Select-Object DisplayName,Database | Format-List

# [event] Exchange admin tries to move Ken's mailbox 2013 -> 2010   -> expect: blocked
# Lab: expect an ERROR: the move to Exchange 2010 is refused while the
# contacts are in the unified contact store; it says to run
# Invoke-CsUcsRollback first (decisions 7; the text is ucsh's own). The
# mailbox stays on DB2013 and Ken in UnifiedContactStore.
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010
Get-Mailbox -Identity "Ken Myer" | Select-Object DisplayName,Database | Format-List

# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# RB5, decisions 5) and the documented line has no -Confirm:$False; a runbook
# has nobody to answer, so it lowers $ConfirmPreference instead of altering
# the documented line.
$ConfirmPreference = 'None'
# Documented. Ken's policy still allows UCS, so expect the WARNING that the
# rollback is temporary (RB2); Ken is RollingBack for 5 simulated minutes
# (decisions 2).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
# Lab: the Exchange administrator tries again before the rollback is
# complete: expect the same ERROR ("blocked ... until the Lync Server rollback
# is complete", EX1, decisions 7).
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List

# [event] Exchange admin moves the mailbox 2013 -> 2010   -> expect: allowed
# Lab: the rollback is complete (LyncServer above): expect the move request
# Completed with target DB2010, the mailbox on DB2010, and Ken in LyncServer
# with his 6 contacts, "mailbox is on Exchange 2010 (M1)" among his
# MigrationBlockers: the pending re-migration check (RB2) cannot bring him
# back into the unified contact store while his mailbox is on Exchange 2010
# (M1, decisions 7).
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010 | Format-List DisplayName,Status,TargetDatabase
Get-Mailbox -Identity "Ken Myer" | Select-Object DisplayName,Database | Format-List
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,ContactStore,ContactCount,MigrationBlockers | Format-List
# Lab: eight simulated days later (past the re-migration check, RB2) expect
# Ken still in LyncServer.
Skip-CsLabTime -Days 8
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,ContactStore,ContactCount,NextCheck | Format-List

# Lab: Exchange's record of the completed move, and the event log.
Get-MoveRequest -Identity "Ken Myer" | Format-List DisplayName,Status,TargetDatabase
Get-CsLabEvent -Identity "Ken Myer" | Format-List
