# source: cmdlets.md 8, 9, 20 (the examples of Test-CsUnifiedContactStore.md, Debug-CsUnifiedContactStore.md, Test-CsExStorageConnectivity.md, Test-CsExStorageNotification.md); sequences.md 3.6, 4; ucs-model.md T1 T2 T3 M1 M3 M4; ucs-decisions.md 1
#
# Runbook: every example of the test and debug pages, and the Exchange
# notification test of lync-server-2013-testing-exchange-to-lync-notifications.md
# (Dn727315, sequences.md 3.6), each run before and after Ken Myer's contacts
# move to the unified contact store. Documented lines are copied byte for
# byte; every other line is a lab step or an observation.
# Run: ucsh -Store :memory: scripts/examples-tests-and-debug.ps1
#
# Not run, shown for reference: the first line of the Test-CsUnifiedContactStore
# example prompts for Ken's password:
#     $credential = Get-Credential "litwareinc\kenmyer"
# A runbook runs without a terminal to answer; the lab builds the same
# credential object without a prompt (ConvertTo-SecureString and the
# PSCredential constructor) and then runs the example's second line verbatim.

# --- Starting point ------------------------------------------------------------------
# Lab: Ken Myer (atl-cs-001, "UCS Enabled Users", Exchange 2013 mailbox signed
# into) has his 6 contacts in Lync Server (M10); he has not signed in with
# Lync 2013 yet (M3).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,MigrationBlockers | Format-List

# Lab: the credential the example's Get-Credential line would return.
$credential = New-Object System.Management.Automation.PSCredential("litwareinc\kenmyer", (ConvertTo-SecureString "Lab-Password-1" -AsPlainText -Force))

# --- Before the migration ---------------------------------------------------------------------
# Documented (Test-CsUnifiedContactStore.md; ClientPlatform set, with the
# user's credential). Expect Result Failure: Ken's contacts are still in Lync
# Server (T1, decisions 1); the Diagnosis says why (no Lync 2013 sign-in, M3).
Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential | Format-List

# Documented (Debug-CsUnifiedContactStore.md example 1). Expect the pool's
# counts (T2): 5 users on atl-cs-001, all allowed by their policy, none
# migrating or migrated yet.
Debug-CsUnifiedContactStore -PoolFqdn "atl-cs-001.litwareinc.com" | Format-List

# Documented (Debug- example 2; "the sip: prefix is optional"). Expect Ken
# not migrated, no migration attempt yet (T2).
Debug-CsUnifiedContactStore -Identity "kenmyer@litwareinc.com" | Format-List

# Documented (Test-CsExStorageConnectivity.md example 1). Server-to-server
# authentication with Ken's Exchange 2013 mailbox works whatever his contact
# store (T3): expect Result Success.
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" | Format-List

# Documented (Test-CsExStorageConnectivity.md example 2). "this command will
# fail if the specified user has not been enabled for Exchange archiving": no
# lab user is. Expect Result Failure, before and after the migration alike.
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" -Folder Dumpster | Format-List

# Documented (Dn727315, sequences.md 3.6). The test "is valid only if you are
# using the unified contact store" (T3): Ken's contacts are in Lync Server,
# so expect Result Failure, saying so.
Test-CsExStorageNotification -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" | Format-List

# --- The migration -------------------------------------------------------------------------
# Lab: Ken signs in with Lync 2013 (M3); the migration takes 10 minutes (M4).
# Expect UnifiedContactStore, 6 contacts.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount | Format-List

# --- After the migration --------------------------------------------------------------------
# Documented (same lines as above). Expect Result Success: migrated, and at
# least one contact can be retrieved (T1).
Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential | Format-List

# Documented. Expect UcsMigratedCount 1 on the pool, and Ken migrated after
# one attempt, at 9:00 AM (T2).
Debug-CsUnifiedContactStore -PoolFqdn "atl-cs-001.litwareinc.com" | Format-List
Debug-CsUnifiedContactStore -Identity "kenmyer@litwareinc.com" | Format-List

# Documented. Expect the same two results as before: Success; Failure for
# the Dumpster folder.
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" | Format-List
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" -Folder Dumpster | Format-List

# Documented (Dn727315). Ken now uses the unified contact store: expect
# Result Success (T3).
Test-CsExStorageNotification -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" | Format-List

# Lab: the credential must be Ken's: the same Test line with Pilar
# Ackerman's credential fails authentication (the lab's check; the page does
# not print this case).
$credential = New-Object System.Management.Automation.PSCredential("litwareinc\pilarackerman", (ConvertTo-SecureString "Lab-Password-2" -AsPlainText -Force))
Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential | Format-List
