# source: cmdlets.md §12 (-WhatIf); issue 4 (-WhatIf changes nothing)
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True -WhatIf
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
