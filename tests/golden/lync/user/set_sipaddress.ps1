# source: cmdlets.md §12 (Set-CsUser -SipAddress); a taken or malformed address is refused
Set-CsUser -Identity "Ken Myer" -SipAddress "sip:ken@litwareinc.com"
(Get-CsUser "sip:ken@litwareinc.com").DisplayName
Set-CsUser -Identity "Ken Myer" -SipAddress "sip:pilarackerman@litwareinc.com"
Set-CsUser -Identity "Ken Myer" -SipAddress "ken.myer@litwareinc.com"
(Get-CsUser "Ken Myer").SipAddress
