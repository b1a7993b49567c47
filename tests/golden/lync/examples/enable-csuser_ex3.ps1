# source: cmdlets.md §12 Enable-CsUser example 3 (Get-CsAdUser -LdapFilter ... | Enable-CsUser ...): Get-CsAdUser is not a ucsh cmdlet (README, known gaps), so the pipeline stops at PowerShell's command-not-found error and no account changes
Disable-CsUser -Identity "Pilar Ackerman"
Get-CsAdUser -LdapFilter "department=Finance" | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
"enabled users: $((Get-CsUser).Count)"
