# source: sequences.md 5 scenario A5 "permanent rollback"; seed 001 (JJ688083); seed 000 (JJ205224); Invoke-CsUcsRollback.md; ucs-model.md RB1 RB2 RB3 E5 M1 M3 T1; ucs-decisions.md 1, 2, 5
#
# Runbook (acceptance scenario A5): "To permanently remove contacts from the
# unified contact store you must change the user services policy in addition
# to running the Invoke-CsUcsRollback cmdlet." (seed 001, RB3). The
# documented lines are byte for byte from sequences.md 5; each "# [event]" is
# a lab step and each "# expect:" an observation, with a comment saying what
# to see.
# Run: ucsh -Store :memory: scripts/scenario-a05-permanent-rollback.ps1

# continue A4
# Lab: scenario A4 replayed on the default lab. Ken Myer signs in with Lync
# 2013 and migrates (10 simulated minutes, M3, M4); then A4's two documented
# lines give him the per-user policy NoUnifiedContactStore (UcsAllowed False):
# expect the new policy and the WARNING that his contacts stay in the unified
# contact store (E5, decisions 4).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# RB5, decisions 5) and the documented line has no -Confirm:$False; a runbook
# has nobody to answer, so it lowers $ConfirmPreference instead of altering
# the documented line.
$ConfirmPreference = 'None'
# Documented. Expect no output and no "temporary" warning: Ken's policy does
# not allow UCS, so the rollback is permanent (RB3, decisions 5). Ken is
# RollingBack for 5 simulated minutes (decisions 2).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 5

# expect: Ken's contacts in Lync Server; Test-CsUnifiedContactStore Failure
# Lab: expect LyncServer with all 6 contacts (RB1), no re-migration check
# scheduled (NextCheck empty, RB3), the client's UCS key gone (decisions 3),
# and Test-CsUnifiedContactStore (the seeds' line) Result Failure (T1).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# [event] advance clock 8 days; Ken signs in with Lync 2013
Skip-CsLabTime -Days 8
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"

# expect: still in Lync Server (policy False)
# Lab: expect LyncServer with 6 contacts, his MigrationBlockers naming the
# policy (M1), and Test-CsUnifiedContactStore still Result Failure. The event
# log calls the rollback permanent (RB3), has no re-migration check 7 days
# later, and shows the sign-in that started nothing.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ClientVersion,ContactStore,ContactCount,EffectiveUcsAllowed,NextCheck,MigrationBlockers | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Get-CsLabEvent -Identity "Ken Myer" | Format-List
