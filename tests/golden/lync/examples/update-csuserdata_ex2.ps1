# source: cmdlets.md §17 Update-CsUserData example 2 (-UserFilter: one user's data, SIP address without sip:); ucs-model.md BK1/BK2 scenario 1: Ken's data exported before his migration and updated after it is Outdated, the other users are untouched, and the daily migration task clears it within a day
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 10
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip" -UserFilter "kenmyer@litwareinc.com"
Get-CsLabUser -Identity "Ken Myer", "Pilar Ackerman" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore) $($_.DataCondition)" }
Skip-CsLabTime -Days 1
(Get-CsLabUser -Identity "Ken Myer").DataCondition
