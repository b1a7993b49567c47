# source: sequences.md 5 scenario A11 "export/import across a UCS-mode change"; seed 000 (JJ205224) examples 1 and 2; lync-server-2013-backup-and-restoration-requirements-data.md scenarios 1 and 2; Export-CsUserData.md; Import-CsUserData.md; ucs-model.md BK1 BK2 BK3 RB1 T1; ucs-decisions.md 5, 8
#
# Runbook (acceptance scenario A11): "Importing unified contact store data
# from a backup database can cause unified contact store data and user data
# to become corrupted if the unified contact store mode changed between the
# export and the import." (seed 000, BK1), with both of the seed's examples.
# The documented lines are byte for byte from sequences.md 5; each
# "# [event]" is a lab step and each "# expect:" an observation, with a
# comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a11-export-import-mode-change.ps1
#
# What the lab shows for example 1 differs from the scenario's "flagged
# corrupted": the backup page describes the same situation (its scenario 1)
# as "a state of outdated contacts for up to one day until Lync Server
# Migration Task begins migrating user contacts to Exchange", and ucsh
# follows that reading (ucs-decisions.md 8, conflict L3 of ucs-model.md):
# DataCondition Outdated, cleared within a day. Example 2 gives Corrupted.
#
# Files: "C:\Logs\..." is a real file of the lab (drive C: is a folder beside
# the store; for a :memory: lab a throwaway folder, see the README).

# === Example 1: export before the migration, import after =====================================
# precondition: Ken in Lync Server store
# Lab: the default lab's Ken Myer: LyncServer, 6 contacts, DataCondition Ok.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# Documented. Expect no output; the file records each user's contacts and
# contact-store mode at export time (BK1, BK3, decisions 8): Ken's is
# LyncServer.
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Test-Path "C:\Logs\ExportedUserData.zip"

# [event] Ken migrates to UCS (A1)
# Lab: Ken (policy "UCS Enabled Users", UcsAllowed True) signs in with Lync
# 2013 and 10 simulated minutes pass (M3, M4): expect UnifiedContactStore.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# Documented. Expect a WARNING naming Ken: his contact-store mode changed
# since the export (BK1, decisions 8).
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"

# expect: Ken's UCS data / contact list flagged corrupted (seed 000 example 1). Same with export-after-migration,
#         rollback, then import (seed 000 example 2).
# Lab: expect Ken's data flagged, DataCondition Outdated (not Corrupted: see
# the header), contacts still in the unified contact store ("the Exchange
# contact information will be used", BK2 scenario 1). One simulated day later
# the daily migration task has cleared it with no administrator action:
# DataCondition Ok.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List
Skip-CsLabTime -Days 1
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# === Example 2: export after the migration, rollback, import ===================================
# Lab: Ken is in the unified contact store now. The documented Export line
# again, with Export-CsUserData's documented -Force because the file of
# example 1 exists (without it the export refuses to overwrite, decisions 8).
# Expect no output; Ken's recorded mode is UnifiedContactStore.
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip" -Force

# Lab: Ken is rolled back. Invoke-CsUcsRollback asks for confirmation by
# default (ConfirmImpact High, decisions 5); a runbook has nobody to answer, so
# it lowers $ConfirmPreference. His policy still allows UCS: expect the
# WARNING that the rollback is temporary (RB2); 5 simulated minutes later
# LyncServer (RB1).
$ConfirmPreference = 'None'
Invoke-CsUcsRollback -Identity "Ken Myer"
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# Documented (same line as in example 1). "If you export userdata after you
# migrate users to Exchange 2013, roll back the migration, and then for some
# reason you import the data from after the migration, the unified contact
# store data and contact lists will be corrupted." (BK1). Expect a WARNING
# naming Ken and DataCondition Corrupted.
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List
# Lab: BK2 scenario 2: "an error message of Error: Incorrect Exchange Version
# in the client or Lyss server logs may indicate this as an issue". Expect
# Result Failure with that text in the diagnosis (decisions 8).
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
# Lab: "To fix this, an administrator will need to run the Invoke-CsUCSRollback
# cmdlets for the affected users." Ken's contacts are already in Lync Server,
# so nothing is rolled back: expect the WARNING that his contact data was
# repaired, and DataCondition Ok afterwards (decisions 5).
Invoke-CsUcsRollback -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# Lab: the event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
