# source: cmdlets.md §4 example 1 (Set-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" -UcsAllowed $False); seeds/000 ("UCS Enabled Users")
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" | Out-Null
Set-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" -UcsAllowed $False
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Get-CsUserServicesPolicy -Filter "tag:*" | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }
