# source: the Failure example of lync-server-2013-testing-unified-contact-store-access.md (the Registrar-port WARNING for an FQDN that is not in the topology)
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-009.litwareinc.com"
