# source: seed 001 "Configuring Lync Server 2013 to use the unified contact store" (JJ688083); sequences.md 2.1; ucs-model.md P1 P6 E2-E5 M1-M5 M7 T1 RB1-RB3; ucs-decisions.md 1-5
#
# Runbook: selective enablement of the unified contact store (UCS), then the
# permanent rollback, exactly as seed 001 prints the commands. Documented lines
# are copied byte for byte from the page; every other line is a lab step
# (sign-ins, the simulated clock) or an observation.
# Run: ucsh -Store :memory: scripts/seed001-configure-ucs.ps1
# This file holds the page's en-dash line, so it is UTF-8 with a BOM (5.1 reads
# a BOM-less script as ANSI).

# --- Starting point -----------------------------------------------------------
# Lab: the default lab. Expect Ken Myer's contacts in Lync Server (M10), 6
# contacts, an Exchange 2013 mailbox he has signed into, no client signed in,
# and the global policy with UcsAllowed True (P1). (The default lab also holds
# the "UCS Enabled Users" policy that seed 000 assumes; it is assigned to Ken
# until the Grant below replaces it.)
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Get-CsUserServicesPolicy -Identity global | Format-List

# --- Disable UCS for everybody managed by the global policy -------------------
# Documented. Expect no output. Global UcsAllowed becomes False (P6); no
# contacts move (E5); users managed only by global will not migrate (M1, E4).
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Get-CsUserServicesPolicy -Identity global | Format-List

# --- Create a per-user policy that allows UCS ---------------------------------
# Documented. Expect the new policy: Identity Tag:AllowUnifiedContactStore,
# UcsAllowed True (P5). Nobody holds it yet.
New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True

# --- Assign it to Ken Myer -----------------------------------------------------
# Documented. Expect no output. Ken's per-user policy is now
# AllowUnifiedContactStore and his effective UcsAllowed is True (E3). Nothing
# moves yet: the migration starts at his next Lync 2013 sign-in (M3).
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "AllowUnifiedContactStore"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed,MigrationBlockers | Format-List

# Lab: Ken and Pilar Ackerman (same pool, Exchange 2013 mailbox, no per-user
# policy) sign in with the Lync 2013 client. Expect Ken "Migrating" (M1, M3)
# and Pilar still "LyncServer": she is managed by the global policy, now False
# (E4, M1); her MigrationBlockers name the rule.
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,EffectiveUcsAllowed,SignedIn,NextCheck | Format-List
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,ContactStore,EffectiveUcsAllowed,SignedIn,MigrationBlockers | Format-List

# --- Verify ----------------------------------------------------------------------
# Documented. Right after the sign-in the migration is still under way ("10
# minutes or more", M4), so expect Result Failure (decisions 1: Migrating).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: let 10 simulated minutes pass (M4). Expect Ken in UnifiedContactStore
# with RelogonRequired True: he is signed in when the migration completes, so
# the client asks him to sign out and in again (M5). Pilar stays in Lync Server.
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,RelogonRequired,NextCheck | Format-List
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,RelogonRequired,NextCheck | Format-List

# Documented (same line as above). Expect Result Success: Ken's contacts have
# been migrated and he has at least one contact (T1).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the client-side check of seed 002: InUCSMode = 2165 (M7).
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List

# Lab: Ken signs out and in again, as the prompt asks; the prompt is cleared.
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,SignedIn,RelogonRequired | Format-List

# === Rolling Back the Unified Contact Store ======================================
# Documented. Expect the new policy Tag:NoUnifiedContactStore, UcsAllowed False.
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False

# Documented. Expect a WARNING that Ken's contacts stay in the unified contact
# store until Invoke-CsUcsRollback is run (decisions 4; the text is ucsh's).
# The policy only "prevents Ken's contacts from being migrated": they stay in
# UCS (E5) and Test-CsUnifiedContactStore still succeeds.
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# The page's NOTE gives an alternative: unassign the per-user policy so that Ken
# falls back to the global policy (False since the first command). The line is
# printed with two EN DASHES (U+2013) as parameter prefixes; PowerShell takes
# them like "-" (sequences.md 1). Expect the same warning (E5), no per-user
# policy, effective UcsAllowed False from global (E2), contacts still in UCS.
# (The page offers this instead of the NoUnifiedContactStore grant; running
# both shows that either leaves Ken unable to migrate again.)
Grant-CsUserServicesPolicy –Identity "Ken Myer" –PolicyName $Null
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented: move the contacts out of Exchange 2013 back to Lync Server (RB1).
# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# decisions 5); a runbook has nobody to answer, and the page's line has no
# -Confirm:$False, so the runbook lowers $ConfirmPreference instead of
# altering the documented line. Expect no warning about a temporary rollback:
# Ken's effective policy is False, so the rollback is permanent (RB3).
$ConfirmPreference = 'None'
Invoke-CsUcsRollback -Identity "Ken Myer"
# Lab: the rollback takes 5 simulated minutes (decisions 2): RollingBack now,
# LyncServer with the same 6 contacts after, and no re-migration check
# scheduled (NextCheck empty).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck,MigrationBlockers | Format-List

# Documented check again: expect Result Failure now, the contacts are no longer
# in the unified contact store (T1). The registry value is gone (decisions 3).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"

# Lab: a week and a day later Ken signs in again with Lync 2013. Expect him to
# stay in Lync Server: the rollback was permanent (RB3, contrast RB2).
Skip-CsLabTime -Days 8
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,EffectiveUcsAllowed,MigrationBlockers | Format-List

# Lab: the event log tells the whole story with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
