# source: lync-server-2013-testing-unified-contact-store-access.md (Dn727309) and lync-server-2013-special-setup-instructions-for-synthetic-transactions.md (JJ688080); sequences.md 3.3, 3.4; ucs-model.md M4 M11 T1; ucs-decisions.md 1; cmdlets.md 8, 21
#
# Runbook: testing access to the unified contact store with
# Test-CsUnifiedContactStore, as the two pages print the commands. Documented
# lines are copied byte for byte; every other line is a lab step or an
# observation. Run: ucsh -Store :memory: scripts/test-ucs-access.ps1
#
# Dn727309's two other steps, adapted so that they run:
# - the RBAC check runs as the page means it (see "Who may run the test");
# - the test with user credentials (ClientPlatform parameter set) needs a
#   credential; Get-Credential prompts for a password, which a runbook
#   cannot answer, so the credential is built without a prompt (see "Verify
#   retrieval with the user's credentials").

# --- Starting point ------------------------------------------------------------------
# Lab: the default lab. Ken Myer holds "UCS Enabled Users" (UcsAllowed True),
# has an Exchange 2013 mailbox he has signed into, is not signed in with any
# client, and his 6 contacts are in Lync Server (M10).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ExchangeVersion,MailboxSignedIn,SignedIn,ContactStore,ContactCount,UserServicesPolicy | Format-List

# --- Set up the test user for the synthetic transaction (JJ688080) -----------------------
# Documented. "-Setup": the user's contacts "will be moved to the unified
# contact store" (M11), even though Ken has not signed in with Lync 2013. The
# move takes 10 minutes or more (M4), so the test run together with it reports
# Result Failure: the contacts are still being migrated (decisions 1:
# Migrating). Then Ken is Migrating, due to complete 10 minutes later.
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer -Setup
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List

# Lab: 10 simulated minutes pass (M4). Expect UnifiedContactStore, 6 contacts.
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,NextCheck | Format-List

# --- Who may run the test (Dn727309, "Permissions required") --------------------------------
# The page prints the check inside an HTML <pre><code> block, with &quot;
# entities that are HTML, not PowerShell:
#   Get-CsAdminRole | Where-Object {$_.Cmdlets -match &quot;Test-CsUnifiedContactStore&quot;}
# Rendered (as a browser shows it), the line runs. Expect the roles whose
# Cmdlets include Test-CsUnifiedContactStore: CsAdministrator and
# CsServerAdministrator (locally "members of the RTCUniversalServerAdmins
# security group"; the lab's built-in roles, no custom ones).
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Test-CsUnifiedContactStore"}

# --- Verify retrieval with the user's credentials (Dn727309) ---------------------------------
# Documented (not run: it prompts for Ken's password):
#   $credential = Get-Credential "litwareinc\kenmyer"
# Lab: the same credential without a prompt (a PSCredential for
# litwareinc\kenmyer; the lab checks no passwords).
$password = ConvertTo-SecureString "Lab-Passw0rd" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ("litwareinc\kenmyer", $password)
# Expect UserName litwareinc\kenmyer; the password shows only as
# System.Security.SecureString.
$credential | Format-List
# Documented. Expect Result Success: Ken's contacts are in the unified
# contact store and the credential is his own (T1).
Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential

# --- Verify retrieval (JJ688080) -----------------------------------------------------------
# Documented. Expect Result Success: the contacts have been migrated and at
# least one can be retrieved (T1).
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer

# Lab: the -Setup line again (documented, same line as above). "Of course, if
# the user's contacts are already in the Unified Contact Store then they do
# not have to be moved." (M11): expect Result Success and no new migration
# in the event log.
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer -Setup

# Lab: the seeds' form (ServerPlatform set, no credential) gives the same
# Result Success (T1).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# --- A user with no contacts ------------------------------------------------------------------
# Lab: Lisa Jacobson (atl-cs-001, 0 contacts) is set up the same way. Once she
# is in the unified contact store the test fails with the documented message
# "No contacts were received for the user. Verify that contacts exist for the
# user." (T1, decisions 1).
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:lisajacobson@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer -Setup
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Lisa Jacobson" | Select-Object DisplayName,ContactStore,ContactCount | Format-List
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:lisajacobson@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
Get-CsLabEvent -Identity "Lisa Jacobson" | Format-List
