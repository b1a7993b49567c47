# source: cmdlets.md §5 example 3 (Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Grant-CsUserServicesPolicy -PolicyName "RedmondUserServicesPolicy")
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" | Out-Null
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Grant-CsUserServicesPolicy -PolicyName "RedmondUserServicesPolicy"
Get-CsUser | ForEach-Object { "{0,-15} {1,-26} {2}" -f $_.DisplayName, $_.RegistrarPool, $_.UserServicesPolicy }
