# source: cmdlets.md §12 (-WhatIf); issue 4 (-WhatIf changes nothing)
Disable-CsUser -Identity "Ken Myer" -WhatIf
(Get-CsUser "Ken Myer").DisplayName
