# source: README "The default lab" (Exchange 2013 atl-ex-001 with DB2013 and server-to-server authentication, Exchange 2010 atl-ex-010 with DB2010); ucs-model.md M1 (Exchange 2010 never gives UCS); lab cmdlet texts ours
Get-CsLabExchangeServer
Set-CsLabExchangeServer -Identity atl-ex-001 -ServerToServerAuthentication $False
(Get-CsLabExchangeServer -Identity atl-ex-001.litwareinc.com).ServerToServerAuthentication
@(Get-CsPartnerApplication).Count
Set-CsLabExchangeServer -Identity atl-ex-010 -ServerToServerAuthentication $True
"after"
Get-CsLabExchangeServer -Identity atl-ex-999
