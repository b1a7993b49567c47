# source: New-CsPartnerApplication.md (one partner application per Identity; -ApplicationTrustLevel Full, Application, User; MetadataUrl set); the lab models only Exchange's (texts ours, product-like)
New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl "https://autodiscover.litwareinc.com/autodiscover/metadata/json/1"
New-CsPartnerApplication -Identity SharePoint -ApplicationTrustLevel Full -MetadataUrl "https://atl-sp-001.litwareinc.com/_layouts/15/metadata/json/1"
New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Total -MetadataUrl "https://autodiscover.litwareinc.com/autodiscover/metadata/json/1"
Remove-CsPartnerApplication -Identity SharePoint
Get-CsPartnerApplication -Identity SharePoint
(Get-CsPartnerApplication -Identity exchange).Identity
"done"
