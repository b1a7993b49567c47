# source: cmdlets.md §12 Enable-CsUser example 4 (Get-CsAdUser -Filter {Enabled -ne $True} | Enable-CsUser ...): Get-CsAdUser is not a ucsh cmdlet (README, known gaps), so the disabled account stays disabled
Disable-CsUser -Identity "Pilar Ackerman"
Get-CsAdUser -Filter {Enabled -ne $True} | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
"enabled users: $((Get-CsUser).Count)"
