# source: cmdlets.md §3 (-WhatIf); issue 4 (-WhatIf changes nothing)
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False -WhatIf
(Get-CsUserServicesPolicy -Filter "site:*").Count
