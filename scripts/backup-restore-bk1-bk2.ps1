# source: lync-server-2013-backing-up-core-data-and-settings.md (Hh202170) step 8, lync-server-2013-restoring-a-standard-edition-server.md (Hh202190) step 6, lync-server-2013-front-end-pool-abc-failover-procedure.md (JJ945635) steps 13 and 27; sequences.md 3.7; seed 000 (BK1); lync-server-2013-backup-and-restoration-requirements-data.md (BK2); ucs-decisions.md 8
#
# Runbook: back up user data with Export-CsUserData and restore it with
# Import-CsUserData across a change of contact-store mode, the two situations
# seed 000 warns about (BK1) and the backup page describes (BK2 scenarios 1
# and 2). Documented lines are byte for byte from the pages; the rest are lab
# steps and observations.
# Run: ucsh -Store :memory: scripts/backup-restore-bk1-bk2.ps1
#
# Files: "C:\Logs\..." is a real file of the lab (drive C: is a folder beside
# the store; for a :memory: lab a throwaway folder, see the README).
#
# Expected errors: the restore page's example line (step 6) has two typos
# ("atl0cs-001", "ExportedUserDatal.zip", sequences.md 3.7). Run verbatim it
# FAILS with one error record (stderr) and changes nothing; the runbook then
# runs the line the page means. The script goes on and exits 0.
#
# Stop-CsWindowsService and Start-CsWindowsService (restore page, step 6)
# run verbatim: they stop and start ucsh's simulated local Front End
# services only (the lab does not model services being down).

# --- Lab: the starting point -------------------------------------------------------
# Ken Myer's contacts are in Lync Server (M10), 6 contacts, data condition Ok.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# === Back up (Hh202170, step 8) ===========================================================
# The page prints the syntax first:
#     Export-CsUserData -PoolFQDN <Fqdn> -FileName <String>
# (placeholders, not runnable) and then the example below.
# Documented. Expect no output; the file records each user's contacts and
# contact-store mode at export time (BK1, BK3, decisions 8): Ken's is LyncServer.
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
# ("9. Copy the backed up user file to $Backup\." - a file copy, nothing to simulate.)
Test-Path "C:\Logs\ExportedUserData.zip"

# --- Lab: Ken migrates after the backup ----------------------------------------------
# Ken signs in with Lync 2013 (his policy "UCS Enabled Users" allows UCS) and
# 10 simulated minutes pass: expect UnifiedContactStore (M1, M3, M4).
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# === Restore (Hh202190, step 6), BK2 scenario 1 ===========================================
# "a restore is performed from a Lync Server backup taken prior to the
# migration of user contacts".
# The page's lines, in order. Documented: stop the Lync Server services of
# the server being restored. Expect no output; Get-CsWindowsService then shows
# every service Stopped.
Stop-CsWindowsService
@(Get-CsWindowsService | Where-Object {$_.Status -eq "Running"}).Count
#     Import-CsUserData -PoolFqdn <Fqdn> -FileName <String>   (syntax, not runnable)
# Documented example, verbatim with its typos. Expect an ERROR (the pool
# "atl0cs-001.litwareinc.com" is not in the topology) and nothing imported.
Import-CsUserData -PoolFqdn "atl0cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserDatal.zip"
# The line the page means (pool atl-cs-001, the file written above); it is
# also the example of the Import-CsUserData reference page, verbatim.
# Expect a WARNING naming Ken: his contact-store mode changed since the export
# (BK1). Per BK2 scenario 1 "the user will have a state of outdated contacts
# for up to one day until Lync Server Migration Task begins migrating user
# contacts to Exchange ... No administrator intervention is needed": expect
# DataCondition Outdated, contacts still in the unified contact store
# (decisions 8: Exchange data wins).
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
# Documented: start the services again. Expect no output; none is left
# stopped.
Start-CsWindowsService
@(Get-CsWindowsService | Where-Object {$_.Status -ne "Running"}).Count
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List
# Lab: one simulated day later the daily migration task has run: expect
# DataCondition Ok with no administrator action (BK2 scenario 1).
Skip-CsLabTime -Days 1
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# === BK2 scenario 2: backup while in UCS, restore after a rollback ========================
# Lab: a second backup while Ken is in the unified contact store (the
# documented example line with another file name, because Export-CsUserData
# does not overwrite a file without -Force, decisions 8).
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserDataUcs.zip"
# Lab: Ken is rolled back. Invoke-CsUcsRollback asks for confirmation by
# default (decisions 5); the runbook has nobody to answer, so it sets
# $ConfirmPreference = 'None'. His policy still allows UCS, so expect the
# WARNING that the rollback is temporary (RB2); after 5 simulated minutes
# LyncServer.
$ConfirmPreference = 'None'
Invoke-CsUcsRollback -Identity "Ken Myer"
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List
# Lab: the restore from the UCS-era backup ("If you export userdata after you
# migrate users to Exchange 2013, roll back the migration, and then ... import
# the data from after the migration, the unified contact store data and
# contact lists will be corrupted." BK1). Expect a WARNING naming Ken and
# DataCondition Corrupted.
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserDataUcs.zip"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List
# Lab: BK2 scenario 2: "an error message of Error: Incorrect Exchange Version
# in the client or Lyss server logs may indicate this as an issue". Expect
# Result Failure with that text in the diagnosis (decisions 8).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
# Lab: "To fix this, an administrator will need to run the Invoke-CsUCSRollback
# cmdlets for the affected users." Expect DataCondition Ok, contacts in Lync
# Server (decisions 5: the rollback of a Lync Server user clears a Corrupted
# condition from a UCS-era import).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# === Front End pool "ABC" failover (JJ945635), steps 13 and 27 ===========================
# Not runnable as printed, shown for reference only (sequences.md 3.7):
#     Export-CsUserData -PoolFqdn <Pool B Fqdn> -FileName <String>
#     Import-CsUserData -PoolFqdn <Pool C Fqdn> -FileName <String>
# (placeholders) and, with the docs' typos ("-TargetVersionLync2010" without a
# space, a dangling " - " at the end):
#     Convert-csUserData -InputFile <Data file exported from PoolB> -OutputFile c:\Logs\ExportedUserData.xml -TargetVersionLync2010
#     Update-CsUserData -FileName c:\logs\exportedUserDAta.xml -UserFilter $user -

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
