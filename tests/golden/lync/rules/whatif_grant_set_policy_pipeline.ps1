# source: cmdlets.md 4 and 5 (-WhatIf) with ucs-decisions.md 3-4 and about_CommonParameters: one "What if" line per piped user; a Set -WhatIf writes no E5 warning and starts no migration
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney", "Lisa Jacobson" | Grant-CsUserServicesPolicy -PolicyName "UCS Enabled Users" -WhatIf
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney", "Lisa Jacobson" | ForEach-Object { "$($_.DisplayName): [$($_.UserServicesPolicy)]" }
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False -WhatIf
(Get-CsUserServicesPolicy -Identity "UCS Enabled Users").UcsAllowed
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Connect-CsLabClient -Identity "Pilar Ackerman"
Set-CsUserServicesPolicy -Identity global -UcsAllowed $True -WhatIf
Get-CsLabUser -Identity "Pilar Ackerman" | ForEach-Object { "$($_.ContactStore) $($_.EffectiveUcsAllowed)" }
