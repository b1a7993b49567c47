# source: cmdlets.md 15 (Export-CsUserData -PoolFqdn) and ucs-decisions.md 8: an unknown pool is refused and no file is written; an existing file is not overwritten without -Force and keeps its content
Export-CsUserData -PoolFqdn "nowhere.litwareinc.com" -FileName "C:\Logs\Nowhere.zip"
Test-Path "C:\Logs\Nowhere.zip"
Export-CsUserData -PoolFqdn "atl-cs-002.litwareinc.com" -FileName "C:\Logs\Pool.zip"
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Pool.zip"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Pool.zip"
(Get-CsLabUser -Identity "Ken Myer").DataCondition
