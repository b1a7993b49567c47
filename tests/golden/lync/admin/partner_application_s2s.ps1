# source: JJ688151 (sequences.md 3.5: New-CsPartnerApplication then Test-CsExStorageConnectivity); ucs-model.md M1 (server-to-server authentication with Exchange 2013 is a migration precondition); New-CsPartnerApplication.md (MetadataUrl set, -WhatIf); README simulation model (migration starts at a Lync 2013 sign-in)
(Get-CsPartnerApplication).Identity
Remove-CsPartnerApplication -Identity Exchange -WhatIf
(Get-CsLabExchangeServer -Identity atl-ex-001).ServerToServerAuthentication
Remove-CsPartnerApplication -Identity Exchange
@(Get-CsPartnerApplication).Count
(Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com").Result
Connect-CsLabClient -Identity "Ken Myer"
(Get-CsLabUser "Ken Myer").MigrationBlockers
New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl "https://autodiscover.litwareinc.com/autodiscover/metadata/json/1" -WhatIf
@(Get-CsPartnerApplication).Count
$p = New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl "https://autodiscover.litwareinc.com/autodiscover/metadata/json/1"
$p.Identity
$p.ApplicationTrustLevel
(Get-CsLabExchangeServer).ServerToServerAuthentication
(Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com").Result
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
(Get-CsLabUser "Ken Myer").ContactStore
