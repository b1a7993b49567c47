# source: cmdlets.md §1.1 (SIP address, UPN, domain\logon, display name; also the distinguished name), with and without sip:
(Get-CsUser -Identity "sip:kenmyer@litwareinc.com").DisplayName
(Get-CsUser -Identity "kenmyer@litwareinc.com").DisplayName
(Get-CsUser -Identity "litwareinc\kenmyer").DisplayName
(Get-CsUser -Identity "Ken Myer").DisplayName
(Get-CsUser -Identity "CN=Ken Myer,CN=Users,DC=litwareinc,DC=com").DisplayName
(Get-CsUser -Identity "KEN MYER").SipAddress
(Get-CsUser "Ken Myer").Identity
"Pilar Ackerman", "sip:jeffhay@litwareinc.com" | Get-CsUser | ForEach-Object { $_.SamAccountName }
