# source: lync-server-2013-release-notes.md (JJ205120), the "Block all invites and communications" presence issue; sequences.md 3.2; ucs-model.md X1 P5 E1 E5 RB1 RB3 T1; ucs-decisions.md 4 5 9
#
# Runbook: the release notes' workaround for the known issue "If a user has
# selected "Block all invites and communications" while the unified contact
# store is turned on for the user, Presence status is not rejected when it
# should be." (X1). The workaround line, byte for byte from the page, is run
# twice; every other line is a lab step or an observation. The presence
# blocking itself is out of scope for the lab (decisions 9): the runbook shows
# what the workaround does to the user services policies and the contacts.
# Run: ucsh -Store :memory: scripts/release-note-block-all-workaround.ps1
#
# The page's template, for reference (not run: "<user display name>" is a
# placeholder):
#     Set-CsUserServicesPolicy -Identity "<user display name>" -UcsAllowed $False
#
# Set-CsUserServicesPolicy takes a *policy* Identity, not a user: "Ken Myer"
# addresses a per-user policy named "Ken Myer" (Tag:Ken Myer, P5; sequences.md
# 3.2; X1). Expected error: the first run of the documented line FAILS on
# purpose, because the lab has no such policy (the error text is ucsh's; the
# real text is not documented). It prints one error record (stderr); the
# script goes on and exits 0.
$ConfirmPreference = 'None'

# --- Lab: bring Ken Myer into the unified contact store ----------------------------
# Ken holds "UCS Enabled Users" (UcsAllowed True) and signs in with Lync 2013;
# after 10 simulated minutes expect UnifiedContactStore with 6 contacts
# (M1, M3, M4) and only the global and "UCS Enabled Users" policies.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Get-CsUserServicesPolicy | Format-List

# --- The workaround when no policy is named after the user ---------------------------
# Documented. Expect an ERROR: there is no user services policy "Tag:Ken Myer"
# (X1: the line names a policy, not a user). Nothing changes: Ken keeps
# "UCS Enabled Users" (True) and his contacts stay in the unified contact store.
Set-CsUserServicesPolicy -Identity "Ken Myer" -UcsAllowed $False
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# --- The workaround when a policy "Ken Myer" exists and is assigned to Ken -------------
# Lab: create the per-user policy "Ken Myer" (UcsAllowed True, P5) and assign
# it to Ken (E1). Expect the new policy Tag:Ken Myer, no output from the Grant,
# and no warning: Ken's effective UcsAllowed stays True.
New-CsUserServicesPolicy -Identity "Ken Myer" -UcsAllowed $True
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented (same line as above). Now it succeeds: Tag:Ken Myer becomes
# UcsAllowed False and Ken's effective UcsAllowed is False. Expect a WARNING
# that Ken's contacts stay in the unified contact store until
# Invoke-CsUcsRollback is run (decisions 4; the text is ucsh's): a policy
# change never moves contacts out (E5), so Ken stays in UnifiedContactStore
# with his 6 contacts and Test-CsUnifiedContactStore still succeeds (T1).
Set-CsUserServicesPolicy -Identity "Ken Myer" -UcsAllowed $False
Get-CsUserServicesPolicy -Identity "Ken Myer" | Format-List
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# --- Lab: turning UCS off for Ken takes the rollback ----------------------------------
# The release note says nothing more; what moves the contacts out is
# Invoke-CsUcsRollback (RB1, seed 001's rollback line). It asks for
# confirmation by default (decisions 5); the runbook set $ConfirmPreference =
# 'None' at the top. Ken's effective policy is False, so the rollback is
# permanent (RB3): no warning about a re-migration. Expect no output, then
# after 5 simulated minutes LyncServer with the same 6 contacts, no NextCheck,
# and Test-CsUnifiedContactStore Failure (T1).
Invoke-CsUcsRollback -Identity "Ken Myer"
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck,MigrationBlockers | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
