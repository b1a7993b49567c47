# source: cmdlets.md §4 (-WhatIf); issue 4 (-WhatIf changes nothing)
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False -WhatIf
(Get-CsUserServicesPolicy global).UcsAllowed
