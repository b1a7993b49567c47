# source: sequences.md A11, seed 000 (BK1 example 1: export before the migration, import after) and ucs-decisions.md 8 (BK2 scenario 1: Outdated until the daily migration task, within one day)
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.ContactStore) $($ken.DataCondition)"
Skip-CsLabTime -Days 1
(Get-CsLabUser -Identity "Ken Myer").DataCondition
