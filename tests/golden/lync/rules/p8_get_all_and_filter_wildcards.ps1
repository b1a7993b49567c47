# source: ucs-model.md P8 (Get without parameters returns all policies; -Filter is a wildcard over Identity) and cmdlets.md 2: a filter that matches nothing returns nothing, without an error
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
New-CsUserServicesPolicy -Identity "Sales Allowed" | Out-Null
(Get-CsUserServicesPolicy | ForEach-Object { $_.Identity }) -join ','
(Get-CsUserServicesPolicy -Filter "*Allowed*" | ForEach-Object { $_.Identity }) -join ','
(Get-CsUserServicesPolicy -Filter "TAG:ucs*" | ForEach-Object { $_.Identity }) -join ','
(Get-CsUserServicesPolicy -Filter "g*" | ForEach-Object { $_.Identity }) -join ','
@(Get-CsUserServicesPolicy -Filter "site:Dallas").Count
