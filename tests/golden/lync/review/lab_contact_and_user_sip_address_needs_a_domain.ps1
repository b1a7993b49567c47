# source: ucs-decisions.md 9 (identities resolve by SIP address sip:user@domain); cmdlets.md 12 (Enable-CsUser -SipAddress "must be prefixed sip:"): the lab cmdlets refuse what is not a SIP address, per record, as Enable-CsUser and Set-CsUser do
Add-CsLabContact -Identity "Lisa Jacobson" -Contact "notasip", "sip:tonipoe@litwareinc.com", "sip:@litwareinc.com", "kenmyer@litwareinc.com"
(Get-CsLabContact -Identity "Lisa Jacobson" | ForEach-Object { $_.SipAddress }) -join ','
New-CsLabUser -DisplayName "No Domain" -SipAddress "nodomain"
New-CsLabUser -DisplayName "Two Ats" -SipAddress "sip:a@b@litwareinc.com"
New-CsLabUser -DisplayName "Partner User" -SipAddress "partner@contoso.com" | ForEach-Object { $_.SipAddress }
(Get-CsLabUser | Where-Object { $_.DisplayName -eq "No Domain" -or $_.DisplayName -eq "Two Ats" }).Count
