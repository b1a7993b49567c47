# source: ucs-model.md P3 (service scope: "the User Server service is the only service that can host a user services policy"); Identity printed Service:UserServer:<fqdn>
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-001.litwareinc.com" -UcsAllowed $False | ForEach-Object { $_.Identity }
New-CsUserServicesPolicy -Identity "service:Registrar:atl-cs-002.litwareinc.com"
New-CsUserServicesPolicy -Identity "UserServer:nowhere.litwareinc.com"
"after"
