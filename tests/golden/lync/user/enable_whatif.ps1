# source: cmdlets.md §12 (-WhatIf); issue 4 (-WhatIf changes nothing)
Disable-CsUser -Identity "Ken Myer"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType UserPrincipalName -WhatIf
(Get-CsUser).Count
