# source: cmdlets.md §6 (-WhatIf); issue 4 (-WhatIf changes nothing)
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
Remove-CsUserServicesPolicy -Identity "site:Redmond" -WhatIf
(Get-CsUserServicesPolicy -Filter "site:*").Count
