# source: cmdlets.md §5 (-WhatIf); issue 4 (-WhatIf changes nothing); target: the user's Identity
Grant-CsUserServicesPolicy -Identity "Pilar Ackerman" -PolicyName "UCS Enabled Users" -WhatIf
"[$((Get-CsUser "Pilar Ackerman").UserServicesPolicy)]"
