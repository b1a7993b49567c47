# source: cmdlets.md §2 Get-CsUserServicesPolicy example 3 (sequences.md §4): "returns information for all the User Services policies configured at the site scope"; ucs-model.md P8 (-Filter is a wildcard over Identity); ucs-decisions.md §9 (Site:<name>)
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "site:Dallas" | Out-Null
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-001.litwareinc.com" | Out-Null
Get-CsUserServicesPolicy -Filter "site:*"
