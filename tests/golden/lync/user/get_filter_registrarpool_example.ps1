# source: cmdlets.md §5 example 3 and §11 (Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"})
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | ForEach-Object { $_.DisplayName }
"--"
Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.net"} | ForEach-Object { $_.DisplayName }
"none"
