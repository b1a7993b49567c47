# source: cmdlets.md §3 (-Confirm); -Confirm:$False creates without asking
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False -Confirm:$False | ForEach-Object { $_.Identity }
