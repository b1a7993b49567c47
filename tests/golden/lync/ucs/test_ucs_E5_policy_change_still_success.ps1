# source: sequences.md A4 and seed 001 (E5: assigning a policy that forbids the unified contact store does not move contacts out; the test still succeeds)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore
(Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com").Result
