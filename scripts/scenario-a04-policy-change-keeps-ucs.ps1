# source: sequences.md 5 scenario A4 "policy change alone does not roll back"; seed 001 (JJ688083); Set-CsUserServicesPolicy.md (L13 text); ucs-model.md E5 P5 T1; ucs-decisions.md 4
#
# Runbook (acceptance scenario A4): "Simply assigning Ken a new user services
# policy will not move his contacts out of the unified contact store." (seed
# 001, E5). The documented lines are byte for byte from sequences.md 5; each
# "# [event]" is a lab step and each "# expect:" an observation, with a
# comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a04-policy-change-keeps-ucs.ps1

# precondition: Ken in UCS (A1 or A3)
# Lab: as in A1 on the default lab: Ken Myer (policy "UCS Enabled Users",
# UcsAllowed True; Exchange 2013 mailbox signed into) signs in with Lync 2013
# and 10 simulated minutes pass (M3, M4). Expect UnifiedContactStore, 6
# contacts, and Test-CsUnifiedContactStore Result Success (T1).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Documented. Expect the new per-user policy Tag:NoUnifiedContactStore,
# UcsAllowed False (P5). Nobody holds it yet, so no warning.
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False
# Documented. Expect a WARNING naming Ken: his contacts stay in the unified
# contact store until Invoke-CsUcsRollback is run (decisions 4; the text is
# ucsh's own, the documents give none).
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore

# expect: Ken still in UCS; Test-CsUnifiedContactStore still Success
# Lab: expect Ken in UnifiedContactStore with his 6 contacts, his policy
# NoUnifiedContactStore, effective UcsAllowed False (E5: "Lync Server will not
# automatically move a user's contacts from out of the unified contact store,
# regardless of the value of the UcsAllowed property"), InUCSMode still 2165
# (M7), and Test-CsUnifiedContactStore still Result Success (T1). Half an hour
# later nothing has changed either (no rollback scheduled, NextCheck empty).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed,NextCheck | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Skip-CsLabTime -Minutes 30
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List

# Lab: the event log: the migration, then the policy assignment and no
# rollback.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
