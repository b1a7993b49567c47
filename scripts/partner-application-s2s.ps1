# source: lync-server-2013-configuring-partner-applications-in-lync-server-2013-and-exchange-server-2013.md (JJ688151); sequences.md 3.5; ucs-model.md M1 M3 M4 T1; cmdlets.md 8, 21
#
# Runbook: server-to-server authentication between Lync Server 2013 and
# Exchange 2013 (the partner application), the prerequisite of the unified
# contact store. The default lab already has it, so the runbook first removes
# it to show what goes wrong without it, then runs the page's two lines.
# Documented lines are copied byte for byte; every other line is a lab step
# or an observation. Run: ucsh -Store :memory: scripts/partner-application-s2s.ps1
#
# Not run: the page's Exchange-side steps (Configure-EnterprisePartnerApplication.ps1
# and iisreset, run in the Exchange Management Shell), out of scope for a Lync
# shell. In the lab the partner application stands for both sides: it exists
# while an Exchange 2013 server has server-to-server authentication
# (Get-CsLabExchangeServer).

# --- Starting point ----------------------------------------------------------------
# Lab: the default lab. Expect the partner application Exchange, and
# server-to-server authentication on the Exchange 2013 server atl-ex-001
# (not on the Exchange 2010 server, which cannot have it).
Get-CsPartnerApplication | Select-Object Identity,ApplicationTrustLevel,Enabled | Format-List
Get-CsLabExchangeServer | Select-Object Fqdn,Version,ServerToServerAuthentication | Format-Table

# Lab: remove it, as in an organization where it was never configured.
Remove-CsPartnerApplication -Identity Exchange
Get-CsLabExchangeServer | Select-Object Fqdn,Version,ServerToServerAuthentication | Format-Table

# --- Without the partner application ---------------------------------------------------
# Documented (the page's test line, run early). Expect Result Failure: the
# Storage Service cannot authenticate to Exchange 2013.
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com"

# Lab: Ken signs in with Lync 2013; 10 simulated minutes pass. Expect no
# migration: contacts still in Lync Server, and MigrationBlockers names the
# missing server-to-server authentication (M1).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,MigrationBlockers | Format-List

# --- Configure the partner application (JJ688151) ---------------------------------------
# Documented. Expect the new partner application (Identity Exchange,
# ApplicationTrustLevel Full); server-to-server authentication is on again
# for the Exchange 2013 server.
New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl "https://autodiscover.litwareinc.com/autodiscover/metadata/json/1"
Get-CsLabExchangeServer | Select-Object Fqdn,Version,ServerToServerAuthentication | Format-Table

# Documented. "If the test succeeds and connectivity has been established,
# you can then proceed to configure optional features such as ... the unified
# contact store": expect Result Success.
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com"

# --- Ken migrates ----------------------------------------------------------------------
# Lab: creating the partner application starts no migration by itself; the
# next Lync 2013 sign-in does (M3). Ken signs out and in; expect Migrating,
# then UnifiedContactStore 10 minutes later (M4) and Test Success (T1).
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,MigrationBlockers | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
