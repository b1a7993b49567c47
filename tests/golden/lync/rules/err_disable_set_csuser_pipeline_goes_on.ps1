# source: cmdlets.md 1.4 and 12; ucs-decisions.md 9 ("Management object not found for identity"): per record, the other users are disabled / changed
"Lisa Jacobson", "Nobody Here", "Jeff Hay" | Disable-CsUser
(Get-CsUser | Measure-Object).Count
"Nobody", "Marco Tanaka" | Set-CsUser -EnterpriseVoiceEnabled $True
(Get-CsUser -Identity "Marco Tanaka").EnterpriseVoiceEnabled
"Nobody Here", "Lisa Jacobson" | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType EmailAddress
(Get-CsUser | Measure-Object).Count
