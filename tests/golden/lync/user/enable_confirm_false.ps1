# source: cmdlets.md §12 (-Confirm); -Confirm:$False enables without asking
Disable-CsUser -Identity "Ken Myer"
Enable-CsUser -Identity "Ken Myer" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType UserPrincipalName -Confirm:$False
(Get-CsUser "Ken Myer").SipAddress
