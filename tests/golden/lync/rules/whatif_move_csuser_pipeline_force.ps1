# source: cmdlets.md 10 (-WhatIf) with ucs-model.md MV1/MV4 and about_CommonParameters: one "What if" line per piped user; with -Force nothing is lost, nobody is signed out or moved
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com" -Force -WhatIf
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney" | Move-CsUser -Target "atl-cs-002.litwareinc.com" -WhatIf
Get-CsLabUser -Identity "Ken Myer", "Pilar Ackerman", "Aidan Delaney" | ForEach-Object { "$($_.DisplayName): $($_.RegistrarPool) $($_.ContactStore) $($_.ContactCount) signed in $($_.SignedIn)" }
