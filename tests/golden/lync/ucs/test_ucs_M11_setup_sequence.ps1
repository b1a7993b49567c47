# source: sequences.md 3.4 (lync-server-2013-special-setup-instructions-for-synthetic-transactions.md, M11: -Setup moves the user's contacts to the unified contact store; the second line then verifies)
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer -Setup
Skip-CsLabTime -Minutes 10
Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:kenmyer@litwareinc.com" -RegistrarPort 5061 -Authentication TrustedServer
