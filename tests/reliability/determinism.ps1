# determinism.ps1 - the runbook tests/reliability/determinism.sh runs three
# times on fresh labs: the output, the exported files and the store dump
# must be byte-identical each time (issue 7 point 7). It migrates users to
# the unified contact store, rolls some back (temporary and permanent),
# lets the simulated clock run (scheduled work, the 7-day re-migration
# check), and prints the event log, the users and the exported files.
#
# Usage: ucsh -Store LAB determinism.ps1 OUTDIR
param([string]$OutDir)
$pool = 'atl-cs-001.litwareinc.com'
New-CsLabUser -DisplayName 'Det User' -Count 40 -Contacts 3 | Out-Null
New-CsUserServicesPolicy -Identity DetPolicy -UcsAllowed $True | Out-Null
Get-CsUser -Filter {RegistrarPool -eq $pool} | Grant-CsUserServicesPolicy -PolicyName DetPolicy
Get-CsUser -Filter {RegistrarPool -eq $pool} | Connect-CsLabClient
Skip-CsLabTime -Minutes 10
Get-CsLabClock
Add-CsLabContact -Identity 'Det User 3' -Contact sip:detbuddy@litwareinc.com -Group Det
Invoke-CsUcsRollback -Identity 'Det User 1' -Confirm:$False
Invoke-CsUcsRollback -Identity 'Det User 2' -Confirm:$False
New-CsUserServicesPolicy -Identity DetNoUcs -UcsAllowed $False | Out-Null
Grant-CsUserServicesPolicy -Identity 'Det User 5' -PolicyName DetNoUcs
Get-CsUser -Identity 'Det User 5' | Invoke-CsUcsRollback -Confirm:$False
Skip-CsLabTime -Hours 2
Get-CsLabClock
Skip-CsLabTime -Days 8
Get-CsLabClock
Export-CsUserData -PoolFqdn $pool -FileName "$OutDir/users.zip" -Force
Get-CsLabUser | Select-Object DisplayName, ContactStore, ContactCount, DataCondition, NextCheck |
  Export-Csv "$OutDir/users.csv" -NoTypeInformation
Get-CsLabEvent | Export-Csv "$OutDir/events.csv" -NoTypeInformation
(Get-Content "$OutDir/users.csv").Count
Get-CsLabEvent | Select-Object -Last 12 | Format-Table -AutoSize
Get-CsLabUser -Identity 'Det User 1' | Format-List
Get-CsUserServicesPolicy | Format-List
