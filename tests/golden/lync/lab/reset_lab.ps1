# source: issue 4 lab cmdlets: Reset-CsLab [-Empty] restores the default lab; -WhatIf changes nothing
New-CsLabUser -DisplayName "Extra User" | Out-Null
Skip-CsLabTime -Hours 2
(Get-CsLabUser | Measure-Object).Count
Reset-CsLab -WhatIf
(Get-CsLabUser | Measure-Object).Count
Reset-CsLab -Empty
(Get-CsLabUser | Measure-Object).Count
Get-CsLabClock
Reset-CsLab
(Get-CsLabUser | Measure-Object).Count
(Get-CsLabUser -Identity "Ken Myer").ContactCount
Get-CsLabClock
