# source: cmdlets.md 1.5, 7, 10 (the examples of Invoke-CsUcsRollback.md and Move-CsUser.md); sequences.md 4; ucs-model.md RB1 RB2 RB5 MV1 MV2 MV3 MV4 M3 M4; ucs-decisions.md 5 6
#
# Runbook: every example of the Invoke-CsUcsRollback and Move-CsUser pages,
# each on users in the state it is written for. Documented lines are copied
# byte for byte; every other line is a lab step or an observation.
# Run: ucsh -Store :memory: scripts/examples-rollback-and-move.ps1
#
# One documented step fails on purpose (an expected error on stderr):
# Move-CsUser.md example 2 pipes the users of the OU Finance, which the lab's
# directory does not have (its users all live in CN=Users).
#
# Not run, shown for reference: the current Move-CsUser.md replaced example 3
# with a Teams/Online move that prompts for a password:
#     $cred=get-credential
#     Move-CsUser -Identity "PilarA@contoso.com" -Target "sipfed.online.lync.com" -Credential $cred
# (contoso.com is not the lab's domain; cross-premises moves to
# sipfed.online.lync.com are rehearsed in move-users-mv1-mv4.ps1.)

# --- Starting point ------------------------------------------------------------------
# Lab: Ken Myer and Pilar Ackerman (atl-cs-001, Exchange 2013 mailboxes signed
# into) sign in with Lync 2013. Ken holds "UCS Enabled Users" (True), Pilar
# the global policy (True, P1): both migrations start (M3) and complete 10
# minutes later (M4). Expect both UnifiedContactStore; the other users of
# atl-cs-001 stay in Lync Server (Aidan: Exchange 2010 mailbox, M1; David:
# Lync 2010 client, M2; Lisa: not signed in, M3).
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 10
Get-CsLabUser | Where-Object {$_.RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Select-Object DisplayName,ClientVersion,ContactStore,ContactCount | Format-Table -AutoSize

# --- Invoke-CsUcsRollback.md example 1 ------------------------------------------------------
# Invoke-CsUcsRollback prompts for confirmation by default (cmdlets.md 1.5,
# decisions 5); the runbook answers every prompt with yes instead of altering
# the documented line:
$ConfirmPreference = 'None'

# Documented. "removes the user Ken Myer from the unified contact store"
# (RB1). His policy still allows UCS, so expect a WARNING that the rollback is
# temporary and when the contacts will be migrated again (RB2). Ken is
# RollingBack, back in Lync Server 5 minutes later (decisions 2).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List

# Lab: 7 days pass (RB2). Ken is still signed in with Lync 2013 and his policy
# still allows UCS: "after a 7-day waiting period, the user's contacts will
# automatically be moved back into the unified contact store". Expect
# Migrating at the check, UnifiedContactStore 10 minutes later (M4).
Skip-CsLabTime -Days 7
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,NextCheck | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,NextCheck | Format-List

# --- Invoke-CsUcsRollback.md example 2 ------------------------------------------------------
# Lab: back to the default confirmation preference, so a prompt would show
# (and fail in a non-interactive run). The example's -Confirm:$False
# suppresses "the confirmation prompt that would otherwise occur each time the
# cmdlet rolls back a user account" (RB5).
$ConfirmPreference = 'High'

# Documented. Every user homed on atl-cs-001 goes through the pipeline, no
# prompt. Expect a WARNING for each user whose contacts are in Lync Server
# already (Aidan: Exchange 2010 mailbox; David: Lync 2010 client; Lisa: never
# signed in), decisions 5, and the temporary-rollback WARNING for Ken and
# Pilar (RB2). Both are RollingBack, then LyncServer 5 minutes later.
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Invoke-CsUcsRollback -Confirm:$False
Get-CsLabUser | Where-Object {$_.RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Select-Object DisplayName,ContactStore,NextCheck | Format-Table -AutoSize
Skip-CsLabTime -Minutes 5
Get-CsLabUser | Where-Object {$_.RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Select-Object DisplayName,ContactStore,NextCheck | Format-Table -AutoSize

# --- Move-CsUser.md example 1 ---------------------------------------------------------------
# Move-CsUser prompts by default too (cmdlets.md 1.5, decisions 6):
$ConfirmPreference = 'None'

# Lab: example 1 moves Pilar to atl-cs-001, where the default lab homes her.
# The lab first moves her to the other Lync Server 2013 pool, atl-cs-002, and
# signs her out; her contacts (now in Lync Server) move with her.
Disconnect-CsLabClient -Identity "Pilar Ackerman"
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-002.litwareinc.com"
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount | Format-List

# Documented. Expect no output: Pilar is homed on atl-cs-001 again, with her
# contacts and her contact store unchanged (a move between two Lync Server
# 2013 pools rolls nothing back, decisions 6).
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com"
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount | Format-List

# --- Move-CsUser.md example 2 ---------------------------------------------------------------
# Documented. Expected error: the OU Finance does not exist in the lab, so
# Get-CsUser fails and Move-CsUser receives nobody; no user moves: expect
# the same 5 users on atl-cs-001 as before.
Get-CsUser -OU "ou=Finance,dc=litwareinc,dc=com" | Move-CsUser -Target "atl-cs-001.litwareinc.com"
(Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"}).Count

# --- Move-CsUser.md example 3 ---------------------------------------------------------------
# Lab: again Pilar must not be on atl-cs-001 already; she is moved to
# atl-cs-002 once more. Expect 3 contacts, in Lync Server.
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-002.litwareinc.com"
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount | Format-List

# Documented. -Force "ensure[s] that only the account itself is moved; user
# data associated with that account ... will not be moved but will, instead,
# be discarded" (MV4). Expect a WARNING that her 3 contacts held in Lync
# Server are lost (decisions 6), then Pilar on atl-cs-001 with 0 contacts.
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com" -Force
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount | Format-List

# --- After the moves --------------------------------------------------------------------------
# Lab: Move-CsUser never changes the user services policy (MV3). Ken's
# rollback by the pool example is still temporary: 7 days after it, at the
# re-migration check, his policy ("UCS Enabled Users", True) still allows UCS
# and he is signed in with Lync 2013: expect Migrating, then
# UnifiedContactStore.
Skip-CsLabTime -Days 7
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,UserServicesPolicy | Format-List

# Lab: the event log of both users, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
Get-CsLabEvent -Identity "Pilar Ackerman" | Format-List
