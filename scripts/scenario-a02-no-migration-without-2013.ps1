# source: sequences.md 5 scenario A2 "Lync 2010 client or no Exchange 2013 -> no migration"; seed 002 (JJ204737); ucs-model.md M1 M2 T1; ucs-decisions.md 1, 3
#
# Runbook (acceptance scenario A2): "If the user logs in with a Lync 2010 or
# earlier client, or if the user is not connected to an Exchange 2013 server,
# the user services policy is ignored and the user's contacts remain in Lync
# Server." (seed 002, M2). The documented lines are byte for byte from
# sequences.md 5; each "# [event]" is a lab step and each "# expect:" an
# observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a02-no-migration-without-2013.ps1
#
# The scenario has three variants; the default lab holds a user for each:
#   1. Ken Myer signs in with Lync 2010 (the scenario's main line);
#   2. Aidan Delaney's mailbox is on Exchange 2010 (database DB2010);
#   3. Jeff Hay has an Exchange 2013 mailbox but has never signed into it.
# All three have a policy that allows UCS (Ken "UCS Enabled Users", the
# others the global policy, UcsAllowed True) and are homed on Lync Server
# 2013 pools, so only the rule under test keeps them in Lync Server. For
# Aidan and Jeff the documented Test line is run with their SIP address and
# pool (lab adaptations).

# === Variant 1: Ken Myer signs in with Lync 2010 (M2) ==========================================
# Lab: Ken's starting point: policy allows UCS, Exchange 2013 mailbox signed
# into once, 6 contacts in Lync Server (M10).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,ContactStore,ContactCount,EffectiveUcsAllowed | Format-List

# [event] Ken signs in with Lync 2010   (or: Ken's mailbox is Exchange 2010 / never signed in)
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2010
# [event] advance clock 1 day
Skip-CsLabTime -Days 1

# Documented.
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
# expect: Result Failure; contacts still in Lync Server
# Lab: expect Result Failure above (T1: not migrated; decisions 1), and below
# Ken still in LyncServer with his 6 contacts, no migration scheduled
# (NextCheck empty) and the Lync 2010 client named among his
# MigrationBlockers (M2). The event log says the sign-in started no
# migration and why.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ClientVersion,ContactStore,ContactCount,NextCheck,MigrationBlockers | Format-List
Get-CsLabEvent -Identity "Ken Myer" | Format-List

# === Variant 2: mailbox on Exchange 2010 (M1, M2) ==============================================
# [event] Aidan Delaney (atl-cs-001, mailbox on DB2010) signs in with the Lync
# 2013 rich client; a day passes.
Get-Mailbox -Identity "Aidan Delaney" | Select-Object DisplayName,Database | Format-List
Connect-CsLabClient -Identity "Aidan Delaney"
Skip-CsLabTime -Days 1
# Lab adaptation of the documented Test line. Expect Result Failure, Aidan in
# LyncServer with his contacts, and "mailbox is on Exchange 2010 (M1)" among
# his MigrationBlockers, even though he signed in with Lync 2013.
Test-CsUnifiedContactStore -UserSipAddress "sip:aidandelaney@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Get-CsLabUser "Aidan Delaney" | Select-Object DisplayName,ClientVersion,ExchangeVersion,ContactStore,ContactCount,NextCheck,MigrationBlockers | Format-List

# === Variant 3: Exchange 2013 mailbox never signed into (M1) ===================================
# [event] Jeff Hay (atl-cs-002, Exchange 2013 mailbox never opened) signs in
# with the Lync 2013 rich client; a day passes.
Connect-CsLabClient -Identity "Jeff Hay"
Skip-CsLabTime -Days 1
# Lab adaptation of the documented Test line (Jeff is homed on atl-cs-002).
# Expect Result Failure, Jeff in LyncServer, and "has not signed into the
# Exchange 2013 mailbox yet (M1)" among his MigrationBlockers.
Test-CsUnifiedContactStore -UserSipAddress "sip:jeffhay@litwareinc.com" -TargetFqdn "atl-cs-002.litwareinc.com"
Get-CsLabUser "Jeff Hay" | Select-Object DisplayName,ClientVersion,ExchangeVersion,MailboxSignedIn,ContactStore,ContactCount,NextCheck,MigrationBlockers | Format-List

# Lab: the event log of the two variants, with the rule behind each sign-in.
Get-CsLabEvent -Identity "Aidan Delaney" | Format-List
Get-CsLabEvent -Identity "Jeff Hay" | Format-List
