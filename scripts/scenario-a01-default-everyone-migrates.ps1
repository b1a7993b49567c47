# source: sequences.md 5 scenario A1 "default: everyone migrates"; seed 001 (JJ688083); seed 002 (JJ204737); ucs-model.md P1 M1 M3 M4 M5 M7 T1; ucs-decisions.md 1, 2, 3
#
# Runbook (acceptance scenario A1): with the policy a fresh install leaves
# (global, UcsAllowed True) every qualifying user migrates to the unified
# contact store at his Lync 2013 sign-in. The documented lines are byte for
# byte from sequences.md 5; each "# [event]" of the scenario is a lab step
# and each "# expect:" an observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a01-default-everyone-migrates.ps1
#
# The scenario starts from a fresh install, so the runbook first empties the
# lab (Reset-CsLab -Empty: the topology and the global policy only) and
# creates Ken Myer as the scenario describes him: homed on the Lync Server
# 2013 pool atl-cs-001, an Exchange 2013 mailbox he has not opened yet, no
# contacts. Use it on a throwaway lab: it wipes the store it runs on.

# --- Lab: a fresh install with Ken Myer -----------------------------------------------
# Expect Ken in Lync Server (M10) with 0 contacts; his MigrationBlockers name
# the mailbox sign-in (M1) and the Lync 2013 sign-in (M3) still missing.
Reset-CsLab -Empty
New-CsLabUser -DisplayName "Ken Myer" -MailboxSignedIn $False | Select-Object DisplayName,SipAddress,RegistrarPool,ExchangeVersion,MailboxSignedIn,ContactStore,ContactCount,MigrationBlockers | Format-List

# Documented.
Get-CsUserServicesPolicy
# expect: one policy, global, UcsAllowed True
# Lab: expect exactly one policy above: Identity Global, UcsAllowed True (P1).

# [event] Ken signs into his Exchange 2013 mailbox once; adds >= 1 contact
# Lab: the mailbox sign-in (Outlook Web App) and his Lync client adding a
# contact. Expect MailboxSignedIn True, 1 contact held in Lync Server, and only
# the Lync 2013 sign-in left among the MigrationBlockers (M1, M3).
Connect-CsLabMailbox -Identity "Ken Myer"
Add-CsLabContact -Identity "Ken Myer" -Contact sip:pilarackerman@litwareinc.com -Group Colleagues
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,MailboxSignedIn,ContactStore,ContactCount,MigrationBlockers | Format-List

# [event] Ken signs in with the Lync 2013 rich client
Connect-CsLabClient -Identity "Ken Myer"

# expect: contacts not yet in UCS immediately (migration takes >= ~10 minutes)
# Lab: expect Migrating (not yet UnifiedContactStore), effective UcsAllowed
# True from the global policy (no per-user policy), the migration due 10
# minutes after the sign-in (M3, M4). Nine minutes later: still Migrating.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ClientVersion,ContactStore,UserServicesPolicy,EffectiveUcsAllowed,NextCheck | Format-List
Skip-CsLabTime -Minutes 9
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,NextCheck | Format-List

# [event] advance clock >= 10 minutes
# Lab: one more minute makes the 10 minutes of M4 (decisions 2).
Skip-CsLabTime -Minutes 1

# expect: Ken in UCS; client asked to sign out/in; registry InUCSMode = 2165
# Lab: expect UnifiedContactStore with his 1 contact, RelogonRequired True (he
# was signed in when the migration completed, M5), the client registry value
# InUCSMode = 2165 (M7), and the event log telling the same story.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,RelogonRequired,NextCheck | Format-List
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List
Get-CsLabEvent -Identity "Ken Myer" | Format-List

# Documented.
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
# expect: Result Success
# Lab: expect Result Success above (T1: the contacts were migrated and at
# least one can be retrieved).
