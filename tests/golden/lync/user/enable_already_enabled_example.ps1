# source: cmdlets.md §12 Enable-CsUser examples 1 and 2 ("Pilar Ackerman", already enabled in the default lab): nothing changes, a warning says so (not documented; ucsh's)
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:pilar@litwareinc.com"
(Get-CsUser "Pilar Ackerman").SipAddress
