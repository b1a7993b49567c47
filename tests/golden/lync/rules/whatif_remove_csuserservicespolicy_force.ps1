# source: cmdlets.md 6 (-WhatIf) with ucs-decisions.md 9 (-Force unassigns an assigned per-user policy) and about_CommonParameters: -Force -WhatIf keeps the policy and its assignments
Remove-CsUserServicesPolicy -Identity "UCS Enabled Users" -Force -WhatIf
(Get-CsUserServicesPolicy -Filter "tag:*" | ForEach-Object { $_.Identity }) -join ','
Get-CsUser -Identity "Ken Myer", "Robin Wood" | ForEach-Object { "$($_.DisplayName): $($_.UserServicesPolicy)" }
Remove-CsUserServicesPolicy -Identity global -WhatIf
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Remove-CsUserServicesPolicy -Identity global -WhatIf
(Get-CsUserServicesPolicy -Identity global).UcsAllowed
