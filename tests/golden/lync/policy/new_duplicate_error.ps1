# source: ucs-decisions.md (duplicate names get clear errors); cmdlets.md §3 (refusal text not documented: ucsh's)
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
New-CsUserServicesPolicy -Identity "SITE:redmond"
New-CsUserServicesPolicy -Identity "ucs enabled users"
New-CsUserServicesPolicy -Identity global
(Get-CsUserServicesPolicy).Count
