# source: cmdlets.md 15-18 (the examples of Export-, Import-, Update-, Convert-CsUserData.md); sequences.md 4; ucs-model.md BK1 BK2 BK3 M3 M4; ucs-decisions.md 8
#
# Runbook: every example of the four user data pages, on a lab where the
# contact store changes between the export and the import, the case seed 000
# warns about (BK1). Documented lines are copied byte for byte; every other
# line is a lab step or an observation.
# Run: ucsh -Store :memory: scripts/examples-user-data.ps1
#
# Files: "C:\Logs\..." is a real file of the lab (drive C: is a folder beside
# the store; for a :memory: lab a throwaway folder). Windows paths are
# case-insensitive, in the lab too.
#
# One documented step fails on purpose (an expected error on stderr): the
# second Convert-CsUserData example writes "C:\Logs\Lync2010data.xml", the
# file the first example wrote as "C:\Logs\Lync2010Data.xml" (one file on
# Windows), and an existing file is not overwritten without -Force
# (decisions 8). The runbook then runs it again with -Force.

# --- Starting point ------------------------------------------------------------------
# Lab: Ken Myer and Pilar Ackerman (atl-cs-001) have their contacts in Lync
# Server (M10), data condition Ok.
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-Table -AutoSize

# --- Export-CsUserData.md ------------------------------------------------------------------
# Documented. "exports user data from the pool atl-cs-001.litwareinc.com to a
# file named C:\Logs\ExportedUserData.zip". Expect no output, then the file:
# it records each user's contacts and contact store at export time (BK1, BK3).
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Test-Path "C:\Logs\ExportedUserData.zip"

# --- Import-CsUserData.md ------------------------------------------------------------------
# Documented. "imports user data from a file named C:\Logs\ExportedUserData.zip
# to the pool". Nothing changed since the export, so expect no output and
# every user still Ok (BK1 needs a change of contact store).
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-Table -AutoSize

# Lab: Ken and Pilar sign in with Lync 2013; both policies allow UCS (Ken's
# "UCS Enabled Users", Pilar's global), so both migrate (M3), done 10 minutes
# later (M4). The export above now predates their migration.
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-Table -AutoSize

# --- Update-CsUserData.md example 1 --------------------------------------------------------
# Documented. Updates the data of every user in the file. Expect a WARNING
# for Ken and one for Pilar: their data was exported before the migration, so
# after the update they have outdated contacts until the daily migration task
# runs (BK1; BK2 scenario 1: Outdated, the Exchange contacts are kept).
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip"
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-Table -AutoSize

# Lab: one simulated day passes; "the user will have a state of outdated
# contacts for up to one day until Lync Server Migration Task begins migrating
# user contacts to Exchange" (BK2): expect both Ok again, still in UCS.
Skip-CsLabTime -Days 1
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-Table -AutoSize

# --- Update-CsUserData.md example 2 --------------------------------------------------------
# Documented. -UserFilter: only Ken's data (his SIP address without "sip:").
# Expect the WARNING for Ken alone: Ken Outdated, Pilar untouched (Ok).
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip" -UserFilter "kenmyer@litwareinc.com"
Get-CsLabUser "Ken Myer", "Pilar Ackerman" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-Table -AutoSize
Skip-CsLabTime -Days 1

# --- Convert-CsUserData.md example 1 -------------------------------------------------------
# Lab: the examples convert "C:\Logs\Lync2013Data.Zip", a Lync Server 2013
# export; the lab makes it now (Ken and Pilar in UCS).
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2013Data.Zip"

# Documented. Converts the export to the Lync Server 2010 format: the output
# file must be .XML (BK3). Expect no output, then the file.
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010Data.xml" -TargetVersion Lync2010
Test-Path "C:\Logs\Lync2010Data.xml"

# --- Convert-CsUserData.md example 2 -------------------------------------------------------
# Documented. The same conversion for Ken only. Expected error: the output
# file exists (example 1 wrote it; only the case of one letter differs) and
# is not overwritten without -Force (decisions 8).
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010data.xml" -TargetVersion Lync2010 -UserFilter "kenmyer@litwareinc.com"

# Lab: the same line with -Force replaces it. Expect no output.
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010data.xml" -TargetVersion Lync2010 -UserFilter "kenmyer@litwareinc.com" -Force

# Lab: the converted file is a Lync Server 2010 export of Ken, in UCS when it
# was exported; importing it (-LegacyFormat, the 2010 format) while Ken is
# still in UCS changes nothing: expect no WARNING, Ken Ok.
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2010data.xml" -LegacyFormat
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,DataCondition | Format-List

# Lab: Ken's event log, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
