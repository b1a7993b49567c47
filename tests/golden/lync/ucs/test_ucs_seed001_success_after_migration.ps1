# source: seed 001 ("If Test-CsUnifiedContactStore succeeds that means that the contacts ... have been migrated", T1, M3, M4) and the Success example of lync-server-2013-testing-unified-contact-store-access.md
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
