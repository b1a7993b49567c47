# source: seed 002 and cmdlets.md 8 (T1: Failure while the contacts are in Lync Server; the five lines of lync-server-2013-testing-unified-contact-store-access.md; decisions 1)
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
