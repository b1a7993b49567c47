# source: cmdlets.md §12 (Enable-CsUser: a Registrar pool and a SIP address are needed; "If you use this address type then you must also include the SipDomain parameter"); unknown accounts: §1.4
Disable-CsUser -Identity "Ken Myer"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType FirstLastName
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "nowhere.litwareinc.com" -SipAddress "sip:kenmyer@litwareinc.com"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "kenmyer@litwareinc.com"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:pilarackerman@litwareinc.com"
Enable-CsUser -Identity "Nobody Here" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType UserPrincipalName
(Get-CsUser).Count
