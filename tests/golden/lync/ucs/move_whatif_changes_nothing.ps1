# source: cmdlets.md 10 (-WhatIf) and about_CommonParameters: nothing changes
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com" -WhatIf
(Get-CsLabUser -Identity "Ken Myer").RegistrarPool
