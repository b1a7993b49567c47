# source: seed 000 "Roll back migrated users" (JJ205224), procedure "To roll back unified contact store contacts from Exchange 2013 to Lync Server 2013"; sequences.md 2.2; ucs-model.md E5 RB1 RB3 RB4 EX1 M1 T1; ucs-decisions.md 4, 5, 7
#
# Runbook: roll a migrated user's contacts back from Exchange 2013 to Lync
# Server 2013 so that the Exchange administrator may move his mailbox back to
# Exchange 2010, as seed 000 prints the commands. Documented lines are byte for
# byte from the page; the rest are lab steps and observations.
# Run: ucsh -Store :memory: scripts/seed000-rollback-exchange-to-lync2013.ps1
#
# Expected errors: the two New-MoveRequest lab steps before step 4 FAIL on
# purpose. The page says: "The Exchange administrator is blocked from rolling
# back Exchange until the Lync Server rollback is complete." (EX1). Each
# prints one error record (stderr); the script goes on and exits 0.

# --- Lab: bring Ken Myer into the unified contact store --------------------------
# Ken holds "UCS Enabled Users" (UcsAllowed True), has an Exchange 2013 mailbox
# (database DB2013) he has signed into, and signs in with Lync 2013; after 10
# simulated minutes expect UnifiedContactStore with 6 contacts (M1, M3, M4).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Lab (the IMPORTANT note above the procedure): the Exchange administrator tries
# to move the mailbox to Exchange 2010 first. Expect an ERROR: refused while the
# contacts are in the unified contact store; run Invoke-CsUcsRollback first (EX1).
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010

# --- Step 1: start the Lync Server Management Shell ------------------------------
# (Nothing to run.)

# --- Step 2: disable UCS for the users to be rolled back --------------------------
# The page prints a template first:
#     Set-CsUserServicesPolicy -Identity "<policy name>" -UcsAllowed $False
# "<policy name>" is a placeholder, not runnable; the page's "For example:" is:
# Documented. Expect a WARNING that Ken's contacts stay in the unified contact
# store until Invoke-CsUcsRollback is run (decisions 4, E5).
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# --- Step 3: roll back the specified users -----------------------------------------
# The page prints a template first:
#     Invoke-CsUcsRollback -Identity "<user display name>"
# and then "For example:" the line below. "We do not recommend using the
# -Force option ... the users' contacts will be lost." (RB4): not used here.
# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# decisions 5) and the documented line has no -Confirm:$False; a runbook has
# nobody to answer, so it lowers $ConfirmPreference instead of altering the
# documented line.
$ConfirmPreference = 'None'
# Documented. Expect no output and no "temporary" warning (the policy is False
# now: permanent, RB3). Ken is RollingBack for 5 simulated minutes (decisions 2).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List

# Lab: "You must first roll back the Lync Server user, and then move the
# Exchange 2013 mailbox. The Exchange administrator is blocked from rolling back
# Exchange until the Lync Server rollback is complete." Expect the same ERROR
# while the rollback is under way (EX1, decisions 7).
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010

# Lab: 5 simulated minutes later the rollback is complete: expect LyncServer
# with all 6 contacts (RB1), and Test-CsUnifiedContactStore Failure (T1).
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# --- Step 4: the Exchange administrator rolls the mailbox back to Exchange 2010 --
# No Lync command on the page ("After you roll back the user to Lync Server, the
# Exchange administrator can roll back the Exchange user from Exchange 2013 to
# Exchange 2010."). Lab: the Exchange Management Shell's move request. Expect
# it to complete, the mailbox on DB2010, and Ken's contacts still in Lync Server
# with "mailbox is on Exchange 2010" among his MigrationBlockers (M1).
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010 | Format-List DisplayName,Status,TargetDatabase
Get-Mailbox -Identity "Ken Myer" | Select-Object DisplayName,Database | Format-List
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,ContactStore,ContactCount,MigrationBlockers | Format-List

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
