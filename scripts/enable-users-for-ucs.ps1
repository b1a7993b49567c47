# source: lync-server-2013-enable-users-for-unified-contact-store.md (JJ205024); sequences.md 3.1; ucs-model.md P1 P3 P5 P6 P12 E1 E3 M1 M3 M4 T1; ucs-decisions.md 3 9
#
# Runbook: "Enable users for unified contact store": the page's four ways to
# enable UCS (globally, by site, by tenant, for specific users), exactly as the
# page prints the commands. Documented lines are copied byte for byte; every
# other line is a lab step or an observation.
# Run: ucsh -Store :memory: scripts/enable-users-for-ucs.ps1
#
# The page's templates, for reference (not run: "<site name>", "<tenantId>",
# "<policy name>" and "<user display name>" are placeholders; note the odd
# <"policy name"> the page prints in the Grant template):
#     New-CsUserServicesPolicy -Identity site:<site name> -UcsAllowed $True
#     Set-CsUserServicesPolicy -Tenant <tenantId> -UcsAllowed $True
#     New-CsUserServicesPolicy -Identity "<policy name>" -UcsAllowed $True
#     Grant-CsUserServicesPolicy -Identity "<user display name>" -PolicyName <"policy name">

# --- Starting point -------------------------------------------------------------
# Lab: the default lab already holds the per-user policy "UCS Enabled Users"
# (the policy seed 000 assumes), assigned to Ken Myer and Robin Wood. The
# page's New-CsUserServicesPolicy line would then fail as a duplicate, so the
# lab first removes it. Users still hold it, so Remove refuses without -Force;
# -Force unassigns it from them first (decisions 9; the WARNING text is
# ucsh's). Expect a WARNING naming 2 users, then only the global policy left,
# UcsAllowed True (P1), and Ken with no per-user policy, contacts in Lync
# Server (M10).
Remove-CsUserServicesPolicy -Identity "UCS Enabled Users" -Force
Get-CsUserServicesPolicy | Format-List
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# --- Enable UCS globally ----------------------------------------------------------
# Documented. Expect no output. The global policy is already True ("enabled
# for all users by default", P1); it stays True.
Set-CsUserServicesPolicy -Identity global -UcsAllowed $True
Get-CsUserServicesPolicy -Identity global | Format-List

# --- Enable UCS for a site ---------------------------------------------------------
# Documented (the example after the template). Expect the new policy
# Site:Redmond, UcsAllowed True. It governs the users homed in the Redmond site
# (pools atl-cs-001 and atl-cs-002) who have no per-user policy (E3, E4).
New-CsUserServicesPolicy -Identity site:Redmond -UcsAllowed $True

# --- Enable UCS for a tenant ---------------------------------------------------------
# Documented (the example after the template). Expect no output: there is no
# -Identity, so Set modifies the (tenant's) global policy (P6, P12); it stays
# True. Tenants are an Office 365 concept; the lab accepts the parameter.
Set-CsUserServicesPolicy -Tenant "38aad667-af54-4397-aaa7-e94c79ec2308" -UcsAllowed $True
Get-CsUserServicesPolicy | Format-List

# --- Enable UCS for specific users ------------------------------------------------------
# Documented (the example after the templates). Expect the new per-user policy
# Tag:UCS Enabled Users, UcsAllowed True (P5), then no output from the Grant:
# Ken's per-user policy is "UCS Enabled Users" (E1). Nothing moves yet: the
# migration starts at his next Lync 2013 sign-in (M3); MigrationBlockers say so.
New-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $True
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "UCS Enabled Users"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed,MigrationBlockers | Format-List

# Lab: "You can also use user alias or SIP URI instead of the user display
# name." The lab gives the policy back to Robin Wood by SIP URI (restoring the
# default lab's assignment). Expect no output, then Robin with the policy.
Grant-CsUserServicesPolicy -Identity "sip:robinwood@litwareinc.com" -PolicyName "UCS Enabled Users"
Get-CsLabUser "Robin Wood" | Select-Object DisplayName,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# --- "Ken Myer is now enabled for unified contact store" -----------------------------------
# Lab: Ken signs in with Lync 2013 (Exchange 2013 mailbox signed into once, M1):
# expect Migrating (M3); after 10 simulated minutes (M4) UnifiedContactStore
# with his 6 contacts and the sign-in-again prompt (M5).
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,SignedIn,NextCheck | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,RelogonRequired | Format-List

# Lab: the check of seed 001: expect Result Success (T1).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
