# source: cmdlets.md §2 example 3 (-Filter "site:*") and -Filter "tag:*"; ucs-model.md P8 (wildcards over Identity)
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "site:Dallas" | Out-Null
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-001.litwareinc.com" | Out-Null
Get-CsUserServicesPolicy -Filter "site:*" | ForEach-Object { $_.Identity }
"--"
Get-CsUserServicesPolicy -Filter "tag:*" | ForEach-Object { $_.Identity }
"--"
Get-CsUserServicesPolicy -Filter "service:*" | ForEach-Object { $_.Identity }
"--"
(Get-CsUserServicesPolicy).Count
