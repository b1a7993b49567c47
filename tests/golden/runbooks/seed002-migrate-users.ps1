# source: seed 002 "Migrate users to unified contact store" (JJ204737); sequences.md 2.3; ucs-model.md M1 M2 M3 M4 M5 M7 T1; ucs-decisions.md 1, 3
#
# Runbook: when a user's contacts migrate to the unified contact store (UCS)
# and the page's two ways to check it (the client registry value and
# Test-CsUnifiedContactStore). The documented line is byte for byte from the
# page; the rest are lab steps (sign-ins, the clock) and observations.
# Run: ucsh -Store :memory: scripts/seed002-migrate-users.ps1
#
# "A user's contacts are automatically migrated to the Exchange 2013 server
# when the user:
#   - Has been assigned a user services policy that has UcsAllowed set to True.
#   - Has been provisioned with an Exchange 2013 mailbox and has signed into
#     the mailbox at least once.
#   - Logs in by using a Lync 2013 rich client." (M1)

# --- Lab: M2, Lync 2010 client -------------------------------------------------------
# "If the user logs in with a Lync 2010 or earlier client ... the user services
# policy is ignored and the user's contacts remain in Lync Server." Ken Myer
# (policy UcsAllowed True, Exchange 2013 mailbox signed into) signs in with
# Lync 2010 and a day passes. Expect LyncServer, no migration scheduled, and
# the Lync 2010 client named among the MigrationBlockers (M2).
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2010
Skip-CsLabTime -Days 1
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ClientVersion,ContactStore,NextCheck,MigrationBlockers | Format-List

# Check 1 of the page, the client registry key (the page prints it with a
# placeholder: HKEY_CURRENT_USER\Software\Microsoft\Office\15.0\Lync\<SIP URL>\UCS;
# below with Ken's SIP URL). "If the user's contacts are stored in Exchange
# 2013, this key contains a value of InUCSMode with a value of 2165." (M7)
# Expect False: Ken's client has no UCS key yet.
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"

# Check 2 of the page. Documented. Expect Result Failure: the contacts were not
# migrated (T1, decisions 1).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# --- Lab: M1, no Exchange 2013 connection -----------------------------------------------
# "... or if the user is not connected to an Exchange 2013 server, the user
# services policy is ignored". Aidan Delaney (mailbox on Exchange 2010) and
# Jonathan Haas (no mailbox) sign in with Lync 2013; Jeff Hay has an Exchange
# 2013 mailbox but never signed into it. Expect all three to stay in
# LyncServer, each with the unmet precondition in MigrationBlockers (M1).
Connect-CsLabClient -Identity "Aidan Delaney"
Connect-CsLabClient -Identity "Jonathan Haas"
Connect-CsLabClient -Identity "Jeff Hay"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Aidan Delaney" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,ContactStore,MigrationBlockers | Format-List
Get-CsLabUser "Jonathan Haas" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,ContactStore,MigrationBlockers | Format-List
Get-CsLabUser "Jeff Hay" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,ContactStore,MigrationBlockers | Format-List

# Lab: Jeff signs into his Exchange 2013 mailbox once (Outlook Web App), then
# signs in to Lync 2013 again. Expect Migrating now: every precondition holds.
Connect-CsLabMailbox -Identity "Jeff Hay"
Disconnect-CsLabClient -Identity "Jeff Hay"
Connect-CsLabClient -Identity "Jeff Hay"
Get-CsLabUser "Jeff Hay" | Select-Object DisplayName,MailboxSignedIn,ContactStore,NextCheck,MigrationBlockers | Format-List

# --- Lab: every precondition met ---------------------------------------------------------
# Ken signs out of Lync 2010 and signs in with the Lync 2013 rich client (M3).
# Expect Migrating at once and UnifiedContactStore 10 simulated minutes later
# (M4), with the sign-in-again prompt because he is signed in (M5). Jeff,
# whose migration started at the same moment, is done too.
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ClientVersion,ContactStore,NextCheck,MigrationBlockers | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,RelogonRequired,MigrationBlockers | Format-List
Get-CsLabUser "Jeff Hay" | Select-Object DisplayName,ContactStore,ContactCount,RelogonRequired,MigrationBlockers | Format-List

# Check 1 again: expect the key to exist and InUCSMode = 2165 (M7).
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List

# Check 2 again. Documented. "If Test-CsUnifiedContactStore succeeds, the
# user's contacts were migrated to unified contact store." Expect Result
# Success (T1).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log of the lab, with the rule behind each sign-in's outcome.
Get-CsLabEvent | Format-List
