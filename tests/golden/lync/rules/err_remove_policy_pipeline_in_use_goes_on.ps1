# source: ucs-decisions.md 9 (removing an assigned per-user policy is refused with the number of users holding it) and P9 (Remove from the pipeline): the refused policy stays, the others are removed
New-CsUserServicesPolicy -Identity "Spare A" | Out-Null
New-CsUserServicesPolicy -Identity "Spare B" | Out-Null
Get-CsUserServicesPolicy -Filter "tag:*" | Remove-CsUserServicesPolicy
(Get-CsUserServicesPolicy | ForEach-Object { $_.Identity }) -join ','
(Get-CsUser -Identity "Robin Wood").UserServicesPolicy
