# source: seed 001 (M4: "migration does not take effect immediately ... 10 minutes or more") and ucs-decisions.md 1 (Migrating: Failure)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 5
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
