# source: sequences.md 5 scenario A3 "selective enablement (seed 001 first half)"; seed 001 (JJ688083); ucs-model.md P5 P6 E3 E4 M1 M3 M4; ucs-decisions.md 3
#
# Runbook (acceptance scenario A3): UCS turned off for everybody managed by
# the global policy and on for Ken Myer alone through a per-user policy. The
# documented lines are byte for byte from sequences.md 5 (seed 001's lines);
# each "# [event]" is a lab step and each "# expect:" an observation, with a
# comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a03-selective-enablement.ps1

# --- Lab: the starting point -----------------------------------------------------------------
# The default lab. Ken Myer and Pilar Ackerman: both on atl-cs-001 (Lync
# Server 2013), both with an Exchange 2013 mailbox signed into once, contacts
# in Lync Server. Ken holds the per-user "UCS Enabled Users" policy (until the
# Grant below replaces it), Pilar none: the global policy, UcsAllowed True.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented. Expect no output: the global policy's UcsAllowed becomes False
# (P6); nobody's contacts move.
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
# Documented. Expect the new per-user policy Tag:AllowUnifiedContactStore,
# UcsAllowed True (P5).
New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True
# Documented. Expect no output: Ken's per-user policy is now
# AllowUnifiedContactStore, effective UcsAllowed True (E3); Pilar's effective
# UcsAllowed is False (global, E4).
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "AllowUnifiedContactStore"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# [event] Ken and Pilar both sign in with Lync 2013 (both have Exchange 2013 mailboxes signed in once); advance >= 10 min
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 10

# expect: Ken in UCS; Pilar still in Lync Server (managed by global = False)
# Lab: expect Ken in UnifiedContactStore with his 6 contacts (M1, M3, M4) and
# Pilar in LyncServer with hers, her MigrationBlockers naming the policy
# (E4: "those users are being managed by the global policy, and use of the
# unified contact store has been disabled in the global policy").
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,EffectiveUcsAllowed,MigrationBlockers | Format-List
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,EffectiveUcsAllowed,MigrationBlockers | Format-List
# Lab: the client-side checks of seed 002 for Ken: Test-CsUnifiedContactStore
# (documented in seed 001) Result Success (T1), InUCSMode = 2165 (M7); Pilar's
# client has no UCS key.
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:pilarackerman@litwareinc.com\UCS"

# Lab: the event log, with the rule behind each sign-in.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
Get-CsLabEvent -Identity "Pilar Ackerman" | Format-List
