# source: sequences.md 5 scenario A12 "Move-CsUser cross-premises" (adapted by sequences.md from lync-server-2013-move-users-to-lync-online.md, JJ204969); seed 000 (JJ205224); Move-CsUser.md; ucs-model.md MV2 MV3 M1 M3 M4 T1; ucs-decisions.md 6
#
# Runbook (acceptance scenario A12): "The Move-CsUser cmdlet automatically
# rolls back the user's contact store from Exchange 2013 to Lync Server 2013
# in the following situations: ... When users are migrated cross premises,
# such as when a user is moved from Lync Online to Lync Server 2013
# on-premises, or vice versa." (seed 000, MV2), and "Move-CsUser does not
# disable unified contact store policy, so the migration to unified contact
# store will recur if the user is moved back to Lync Server 2013." (MV3).
# The Move-CsUser line is byte for byte from sequences.md 5 (which adapts
# the Lync Online page's template with Ken's name and the page's sample URL;
# it is not a verbatim doc line); each "# [event]" is a lab step and each
# "# expect:" an observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a12-move-cross-premises.ps1
#
# Not run: the scenario's first line, $creds=Get-Credential, prompts for a
# user name and password; a runbook runs non-interactively, where
# Get-Credential fails ("Windows PowerShell is in NonInteractive mode. Read
# and Prompt functionality is not available.") and would leave $creds $null.
# The runbook builds the same kind of object without a prompt instead (a lab
# account and password; the lab checks no Office 365 password).

# precondition: Ken in UCS
# Lab: the default lab's Ken Myer (atl-cs-001, policy "UCS Enabled Users",
# UcsAllowed True) signs in with Lync 2013 and migrates (10 simulated
# minutes, M3, M4): expect UnifiedContactStore, 6 contacts, InUCSMode 2165.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy | Format-List
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" | Select-Object InUCSMode | Format-List

# Documented, not run (see the header):
# $creds=Get-Credential
# Lab: the credential the prompt would return, built without a prompt.
# Expect its UserName.
$creds = New-Object System.Management.Automation.PSCredential ("admin@litwareinc.onmicrosoft.com", (ConvertTo-SecureString "Lab-Passw0rd" -AsPlainText -Force))
$creds.UserName

# Move-CsUser asks for confirmation by default (ConfirmImpact High,
# decisions 6) and the line has no -Confirm:$False; a runbook has nobody to
# answer, so it lowers $ConfirmPreference instead of altering the line.
$ConfirmPreference = 'None'
# Scenario line. Expect a WARNING that Ken's contacts were rolled back from
# the unified contact store to Lync Server as part of the move (MV2,
# decisions 6; the text is ucsh's own).
Move-CsUser -Identity "Ken Myer" -Target sipfed.online.lync.com -Credential $creds -HostedMigrationOverrideUrl "https://admin0a.online.lync.com/HostedMigration/hostedmigrationservice.svc"

# expect: contact store rolled back to Lync Server as part of the move; user services policy unchanged
# Lab: expect Ken homed on Lync Online (HostingProvider sipfed.online.lync.com,
# no on-premises RegistrarPool) with ContactStore LyncServer and his 6
# contacts, signed out (Move-CsUser signs the client out), the client's UCS
# key gone, and his policy still "UCS Enabled Users" (UcsAllowed True: the
# move changes no policy, MV3). Lync Online is not Lync Server 2013
# on-premises, so "homed on Lync Online (M1)" now blocks a migration.
Get-CsUser -Identity "Ken Myer" | Select-Object DisplayName,RegistrarPool,HostingProvider,UserServicesPolicy | Format-List
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,PoolVersion,SignedIn,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed,MigrationBlockers | Format-List
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Get-CsUserServicesPolicy -Identity "UCS Enabled Users" | Format-List

# --- Lab: back on-premises, the migration recurs (MV3) ---------------------------------------
# "... or vice versa" and "the migration to unified contact store will recur
# if the user is moved back to Lync Server 2013" (seed 000). Ken is moved
# back to atl-cs-001 with the same credential and signs in with Lync 2013:
# expect Migrating at once, UnifiedContactStore 10 simulated minutes later
# (M3, M4), and Test-CsUnifiedContactStore (the seeds' line) Result Success
# (T1).
Move-CsUser -Identity "Ken Myer" -Target "atl-cs-001.litwareinc.com" -Credential $creds
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,NextCheck | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
