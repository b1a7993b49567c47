# source: sequences.md 5 scenario A9 "rollback with -Force loses contacts"; seed 000 (JJ205224) IMPORTANT notes; Invoke-CsUcsRollback.md (-Force); ucs-model.md RB1 RB2 RB4 T1; ucs-decisions.md 5
#
# Runbook (acceptance scenario A9): "We do not recommend using the -Force
# option to force the rollback. If you use this option, the users' contacts
# will be lost." (seed 000, twice, printed with an en dash in prose; RB4).
# The cmdlet page only says -Force "Suppresses the display of any non-fatal
# error message"; decisions 5 follows the seed. The documented line is byte
# for byte from sequences.md 5; each "# [event]" is a lab step and each
# "# expect:" an observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a09-rollback-force-loses-contacts.ps1

# --- Lab: Ken Myer in the unified contact store --------------------------------------------
# The scenario rolls back a migrated user. The default lab's Ken Myer (policy
# "UCS Enabled Users", UcsAllowed True) signs in with Lync 2013 and migrates
# (10 simulated minutes, M3, M4): expect UnifiedContactStore, 6 contacts.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# RB5, decisions 5) and the documented line has no -Confirm:$False; a runbook
# has nobody to answer, so it lowers $ConfirmPreference instead of altering
# the documented line.
$ConfirmPreference = 'None'
# Documented. Expect two WARNINGs (ucsh's own texts): the 6 contacts held in
# the unified contact store were discarded (RB4, decisions 5), and - because
# Ken's policy still allows UCS - the rollback is temporary (RB2). With
# -Force the rollback completes at once (no 5-minute rollback duration).
Invoke-CsUcsRollback -Identity "Ken Myer" -Force

# expect: Ken's store = Lync Server with no contacts
# Lab: expect LyncServer with ContactCount 0 and no contacts listed by his
# client, the client's UCS key gone, and Test-CsUnifiedContactStore Result
# Failure (T1). The event log records that 6 contacts were lost (RB4).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
@(Get-CsLabContact -Identity "Ken Myer").Count
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Get-CsLabEvent -Identity "Ken Myer" | Format-List

# Lab: the lost contacts do not come back. Eight simulated days later the
# re-migration check (RB2) has moved Ken into the unified contact store again,
# with the empty list he has now: expect UnifiedContactStore, ContactCount 0,
# and Test-CsUnifiedContactStore Result Failure with the documented "No
# contacts were received for the user. Verify that contacts exist for the
# user." (T1).
Skip-CsLabTime -Days 8
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
