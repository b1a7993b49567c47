# source: ucs-model.md P9 (Remove deletes site, service and per-user policies, also from the pipeline) with E3/E4: the users fall back to the next scope
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-002.litwareinc.com" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "Spare" | Out-Null
(Get-CsEffectivePolicy -Identity "Toni Poe").UserServicesPolicy
Get-CsUserServicesPolicy | Where-Object { $_.Identity -like "Service:*" -or $_.Identity -eq "Tag:Spare" } | Remove-CsUserServicesPolicy
(Get-CsUserServicesPolicy | ForEach-Object { $_.Identity }) -join ','
(Get-CsEffectivePolicy -Identity "Toni Poe").UserServicesPolicy
