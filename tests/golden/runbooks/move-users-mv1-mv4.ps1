# source: lync-server-2013-move-users-to-another-pool.md (Gg182600) and lync-server-2013-move-users-to-lync-online.md (JJ204969); sequences.md 3.8; seed 000 (MV1, MV2, MV3); ucs-model.md MV1-MV5; ucs-decisions.md 6
#
# Runbook: moving users between pools and what happens to their contact store
# (MV1-MV3). Run: ucsh -Store :memory: scripts/move-users-mv1-mv4.ps1
#
# The move pages are written for the contoso.net organisation; the lab is
# Litware (litwareinc.com), whose pools are atl-cs-001 and atl-cs-002 (Lync
# Server 2013) and dal-cs-001 (Lync Server 2010). The pages' lines, verbatim,
# for reference (not run: their pools are not in this lab's topology, so
# Move-CsUser would only answer 'The pool "pool01.contoso.net" was not found
# in the topology.'):
#     Move-CsUser -Identity "Pilar Ackerman" -Target "pool01.contoso.net"
#     Get-CsUser -Filter {RegistrarPool -eq "CurrentPoolFqdn"} | Move-CsUser -Target "TargetPoolFQDN"   (template)
#     Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.net"} | Move-CsUser -Target "pool01.contoso.net"
# The runbook runs the same commands with the lab's pools (lab adaptations).
#
# Move-CsUser asks for confirmation by default (ConfirmImpact High, decisions
# 6). A runbook has nobody to answer, so it sets $ConfirmPreference = 'None'
# instead of adding -Confirm:$False to each line.
$ConfirmPreference = 'None'

# --- Lab: Ken Myer in the unified contact store ---------------------------------------
# Ken (policy "UCS Enabled Users", UcsAllowed True) signs in with Lync 2013;
# after 10 simulated minutes expect UnifiedContactStore on atl-cs-001 (M1, M3, M4).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy | Format-List

# --- Move one user between two Lync Server 2013 pools ----------------------------------
# Lab adaptation of: Move-CsUser -Identity "Pilar Ackerman" -Target "pool01.contoso.net"
# Expect Ken on atl-cs-002 with his contacts still in the unified contact
# store: seed 000 names no rollback for 2013 -> 2013 moves (MV2, inferred;
# decisions 6).
Move-CsUser -Identity "Ken Myer" -Target "atl-cs-002.litwareinc.com"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy | Format-List

# --- Move every user of a pool -------------------------------------------------------------
# Lab adaptation of: Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.net"} | Move-CsUser -Target "pool01.contoso.net"
# Expect every user homed on atl-cs-002 (Ken now, Jonathan Haas, Jeff Hay,
# Robin Wood, Toni Poe) on atl-cs-001 afterwards, Ken still in the unified
# contact store, the others in Lync Server as before.
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-002.litwareinc.com"} | Move-CsUser -Target "atl-cs-001.litwareinc.com"
Get-CsLabUser | Where-Object {$_.DisplayName -in "Ken Myer","Jonathan Haas","Jeff Hay","Robin Wood","Toni Poe"} | ForEach-Object { "{0}: {1} {2}" -f $_.DisplayName,$_.RegistrarPool,$_.ContactStore }

# --- Move to Lync Server 2010: automatic rollback (MV1) --------------------------------------
# "The Move-CsUser cmdlet automatically rolls back the user's contact store
# from Exchange 2013 to Lync Server 2013 ... When users are moved from Lync
# Server 2013 to Lync Server 2010." (seed 000). Expect Ken on dal-cs-001
# (PoolVersion 2010) with all 6 contacts in Lync Server, and his policy
# unchanged: "Move-CsUser does not disable unified contact store policy" (MV3).
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed,MigrationBlockers | Format-List
# Lab: seed 002's checks now fail: Test-CsUnifiedContactStore against
# atl-cs-001 reports Failure (Ken is no longer homed there and his contacts are
# not in the unified contact store, T1), and the client's UCS key is gone (M7).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"

# --- Back to Lync Server 2013: the migration recurs (MV3) --------------------------------------
# "... so the migration to unified contact store will recur if the user is
# moved back to Lync Server 2013." Expect Ken back on atl-cs-001 in Lync Server;
# at his next Lync 2013 sign-in the migration starts, 10 minutes later he is in
# the unified contact store again.
Move-CsUser -Identity "Ken Myer" -Target "atl-cs-001.litwareinc.com"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount | Format-List
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount | Format-List

# --- Move with -Force: the user data stays behind (MV4) ------------------------------------------
# "If you select Force, the user account is moved, but associated user data
# such scheduled conferences and contacts is not moved." (Gg182600, MV4).
# Lab: Pilar Ackerman (3 contacts in Lync Server) is first moved to atl-cs-002
# without -Force (contacts kept), then back with Example 3 of the Move-CsUser
# reference page (cmdlets.md / sequences.md 4), verbatim. Expect a WARNING
# about the lost contacts and Pilar on atl-cs-001 with 0 contacts (decisions 6;
# RB7's "the Buddy List will be lost").
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-002.litwareinc.com"
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount | Format-List
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com" -Force
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount | Format-List

# --- Lync Online (cross-premises, MV2) ------------------------------------------------------------
# The Lync Online page's lines, verbatim, for reference (not run: Get-Credential
# prompts for a password, which a non-interactive runbook cannot answer, "<URL>"
# is a placeholder, and the last line has the docs' typo -Credentials, which is
# not a Move-CsUser parameter):
#     $creds=Get-Credential
#     Move-CsUser -Identity username@contoso.com -Target sipfed.online.lync.com -Credential $creds -HostedMigrationOverrideUrl <URL>
#     Get-CsUser -Filter {UserProperty -eq "UserPropertyValue"} | Move-CsUser -Target sipfed.online.lync.com -Credential $creds -HostedMigrationOverrideUrl <URL>
#     Get-CsUser -OU "cn=hybridusers,cn=contoso.." | Move-CsUser -Target sipfed.online.lync.com -Credentials $creds -HostedMigrationOverrideUrl <URL>
# A cross-premises move rolls the contacts back like a move to Lync Server 2010
# (seed 000, MV2); see tests/golden/lync/ucs/move_MV2_cross_premises_online.ps1.

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
Get-CsLabEvent -Identity "Pilar Ackerman" | Format-List
