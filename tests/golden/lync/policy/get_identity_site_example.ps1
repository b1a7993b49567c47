# source: cmdlets.md §2 example 2 (Get-CsUserServicesPolicy -Identity "site:Redmond"); ucs-decisions.md §9 (Identity printed as Site:<name>)
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False | Out-Null
Get-CsUserServicesPolicy -Identity "site:Redmond"
