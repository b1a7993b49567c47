# source: sequences.md 5 scenario A6 "temporary rollback, remigration after 7 days"; seed 001 (JJ688083); seed 000 (JJ205224); Invoke-CsUcsRollback.md; ucs-model.md RB1 RB2 M4 M7 T1; ucs-decisions.md 2, 5
#
# Runbook (acceptance scenario A6): "What if you run Invoke-CsUcsRollback but
# do not change Ken Myer's user services policy? In that case, Ken's contacts
# will be temporarily removed from the unified contact store. ... Lync Server
# 2013 will wait 7 days and then check to see which user services policy has
# been assigned to Ken." (seed 001, RB2). The documented line is byte for
# byte from sequences.md 5; each "# [event]" is a lab step and each
# "# expect:" an observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a06-temporary-rollback.ps1

# precondition: Ken in UCS under a policy with UcsAllowed True
# Lab: the default lab's Ken Myer holds "UCS Enabled Users" (UcsAllowed True);
# he signs in with Lync 2013 (and stays signed in) and 10 simulated minutes
# pass (M3, M4). Expect UnifiedContactStore, 6 contacts.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High,
# RB5, decisions 5) and the documented line has no -Confirm:$False; a runbook
# has nobody to answer, so it lowers $ConfirmPreference instead of altering
# the documented line.
$ConfirmPreference = 'None'
# Documented. Expect a WARNING that the rollback is temporary because the
# policy still allows UCS, naming when the contacts will be migrated again
# (RB2, decisions 5; the text is ucsh's own). Ken is RollingBack for 5
# simulated minutes (decisions 2).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 5

# expect: Ken's contacts in Lync Server
# Lab: expect LyncServer with all 6 contacts (RB1), the re-migration check due
# 7 days after the rollback (NextCheck 2/8/2013 9:15:00 AM, RB2), the client's
# UCS key gone (decisions 3), Test-CsUnifiedContactStore Result Failure (T1).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# [event] advance clock 6 days  -> expect: still Lync Server
# Lab: expect LyncServer, the check still pending.
Skip-CsLabTime -Days 6
Get-CsLabClock
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List

# [event] advance clock to > 7 days after the rollback -> expect: contacts moved back into UCS
# Lab: one more day reaches the check: the policy in force then ("UCS Enabled
# Users", True) allows UCS and Ken is signed in with Lync 2013, so the
# migration starts at the check (decisions 5): expect Migrating. Ten
# simulated minutes later (M4) expect UnifiedContactStore with his 6
# contacts, InUCSMode = 2165 again (M7), and Test-CsUnifiedContactStore
# Result Success (T1).
Skip-CsLabTime -Days 1
Get-CsLabClock
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
