# source: cmdlets.md §12 (Disable-CsUser deletes the Lync attributes, per-user policies included; Enable-CsUser -RegistrarPool -SipAddressType SamAccountName -SipDomain): the account comes back with no per-user policy and no contacts
Disable-CsUser -Identity "Ken Myer"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-002.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
Get-CsUser "Ken Myer" | ForEach-Object { "$($_.SipAddress) $($_.RegistrarPool) [$($_.UserServicesPolicy)]" }
Get-CsLabUser "Ken Myer" | ForEach-Object { "$($_.ExchangeVersion) $($_.ContactStore) $($_.ContactCount)" }
Disable-CsUser -Identity "Ken Myer"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType FirstLastName -SipDomain litwareinc.com -PassThru | ForEach-Object { $_.SipAddress }
