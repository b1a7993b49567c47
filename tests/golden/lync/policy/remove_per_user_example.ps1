# source: cmdlets.md §6 example 1 (Remove-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy"); Remove outputs nothing
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" | Out-Null
Remove-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy"
Get-CsUserServicesPolicy | ForEach-Object { $_.Identity }
