# source: cmdlets.md §6 (-Confirm); -Confirm:$False removes without asking
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
Remove-CsUserServicesPolicy -Identity "site:Redmond" -Confirm:$False
(Get-CsUserServicesPolicy -Filter "site:*").Count
