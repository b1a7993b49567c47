# source: cmdlets.md §6 example 2 / ucs-model.md P9 (Get-CsUserServicesPolicy -Filter "site:*" | Remove-CsUserServicesPolicy)
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
New-CsUserServicesPolicy -Identity "site:Dallas" | Out-Null
Get-CsUserServicesPolicy -Filter "site:*" | Remove-CsUserServicesPolicy
Get-CsUserServicesPolicy | ForEach-Object { $_.Identity }
