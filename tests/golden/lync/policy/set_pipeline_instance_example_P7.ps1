# source: cmdlets.md §4 example 2 / ucs-model.md P7 (Get-CsUserServicesPolicy -Filter "site:*" | Set-CsUserServicesPolicy -UcsAllowed $False)
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
New-CsUserServicesPolicy -Identity "site:Dallas" | Out-Null
Get-CsUserServicesPolicy -Filter "site:*" | Set-CsUserServicesPolicy -UcsAllowed $False
Get-CsUserServicesPolicy | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }
