# source: cmdlets.md 7 (-WhatIf) and about_CommonParameters: -WhatIf describes the operation and changes nothing; the target is the user's Identity
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback -Identity "Ken Myer" -WhatIf
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Get-CsUser -Identity "Pilar*" | Invoke-CsUcsRollback -WhatIf
