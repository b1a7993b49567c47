# source: cmdlets.md 8 (health-monitoring test users are not modelled: -UserSipAddress is needed) and 1.4 (unknown user); both texts are ours or the generic Lync text
Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com"
Test-CsUnifiedContactStore -UserSipAddress "sip:nobody@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
"done"
