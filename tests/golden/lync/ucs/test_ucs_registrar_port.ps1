# source: cmdlets.md 8 (-RegistrarPort: "not required if the Registrar uses the default port 5061") and the 10060 Failure example of lync-server-2013-testing-unified-contact-store-access.md; the object's properties are TargetFqdn, Result, Latency, Error, Diagnosis ("recorded in the Error and Diagnosis properties", Dn727309), labelled "Target Fqdn" and "Error Message" on screen
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
$r = Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com" -RegistrarPort 5062
$r.Result
$r.Error
(Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com" -RegistrarPort 5061).Result
