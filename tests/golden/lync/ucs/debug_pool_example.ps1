# source: cmdlets.md 9 (Debug-CsUnifiedContactStore -PoolFqdn example; the counters FrontEnd, UcsDisabledCount, UcsAllowedCount, UcsMigratingCount, UcsMigratedCount, FailedUserData; T2)
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Connect-CsLabClient -Identity "Robin Wood"
Debug-CsUnifiedContactStore -PoolFqdn "atl-cs-001.litwareinc.com"
Debug-CsUnifiedContactStore -PoolFqdn "atl-cs-002.litwareinc.com"
