# source: seed 000 "Roll back migrated users" (JJ205224), procedure "To roll back user contacts from Lync Server 2013 to Lync Server 2010"; sequences.md 2.2; ucs-model.md E5 RB1 RB3 RB4 RB7 MV1 MV3 M7 T1; ucs-decisions.md 4-6
#
# Runbook: roll a migrated user's contacts back from the unified contact store
# (UCS) to Lync Server before he is moved to Lync Server 2010, as seed 000
# prints the commands. Documented lines are byte for byte from the page; the
# rest are lab steps (sign-ins, the clock) and observations.
# Run: ucsh -Store :memory: scripts/seed000-rollback-to-lync2010.ps1

# --- Lab: bring Ken Myer into the unified contact store --------------------------
# The page assumes a migrated user. In the default lab Ken holds the per-user
# policy "UCS Enabled Users" (UcsAllowed True, the policy of the page's
# example), has an Exchange 2013 mailbox he has signed into, and is homed on
# the Lync Server 2013 pool atl-cs-001. He signs in with Lync 2013 and 10
# simulated minutes pass: expect UnifiedContactStore with 6 contacts (M1, M3, M4).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# --- Step 1: start the Lync Server Management Shell ------------------------------
# (Nothing to run: this runbook is already in the shell.)

# --- Step 2: disable UCS for the users to be rolled back --------------------------
# "(Perform this step only if you want to make sure that users will not
# remigrate in the future.)" The page prints a template first:
#     Set-CsUserServicesPolicy -Identity "<policy name>" -UcsAllowed $False
# "<policy name>" is a placeholder, not runnable; the page's "For example:" is:
# Documented. Expect a WARNING that Ken's contacts stay in the unified contact
# store until Invoke-CsUcsRollback is run (decisions 4): the policy change
# alone moves nothing (E5). Ken's effective UcsAllowed becomes False.
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# --- Step 3: roll back the Buddy List before the move to Lync Server 2010 --------
# No command on the page; step 4 is how it is done. "If this step is omitted,
# the Buddy List will be lost." (RB7)

# --- Step 4: roll back the specified users -----------------------------------------
# The page prints a template first:
#     Invoke-CsUcsRollback -Identity "<user display name>"
# and then "For example:" the line below. The page warns against -Force: "the
# users' contacts will be lost" (RB4), so the runbook does not use it.
# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# decisions 5) and the documented line has no -Confirm:$False; a runbook has
# nobody to answer the prompt, so it lowers $ConfirmPreference for the rest of
# the script instead of altering the documented line.
$ConfirmPreference = 'None'
# Documented. Expect no output and no "temporary" warning: Ken's policy is
# now False, so the rollback is permanent (RB3). The rollback runs for 5
# simulated minutes (decisions 2): RollingBack, then LyncServer with all 6
# contacts (RB1), no re-migration check scheduled (NextCheck empty).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck,MigrationBlockers | Format-List

# Lab: the checks of seed 002 now fail. Expect Result Failure (T1) and no
# InUCSMode key in Ken's client registry (M7, decisions 3).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"

# --- Lab: the move this procedure prepares for --------------------------------------
# Not a line of this page: the page only says the user is then moved to Lync
# Server 2010 (no pool is named; the lab's Lync Server 2010 pool is
# dal-cs-001). Move-CsUser also asks for confirmation; $ConfirmPreference is
# still 'None'. Expect Ken on dal-cs-001 (PoolVersion 2010) with all 6
# contacts in Lync Server: the Buddy List was rolled back first, so nothing is
# lost (RB7), and his policy is unchanged (MV3).
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy | Format-List

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
