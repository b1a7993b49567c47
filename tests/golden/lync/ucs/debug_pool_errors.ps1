# source: cmdlets.md 9 (-PoolFqdn) and ucs-model.md MV5 (no unified contact store on Lync Server 2010); the texts are ours
Debug-CsUnifiedContactStore -PoolFqdn "dal-cs-001.litwareinc.com"
Debug-CsUnifiedContactStore -PoolFqdn "atl-cs-009.litwareinc.com"
Debug-CsUnifiedContactStore -Identity "Nobody Here"
"done"
