# source: seeds/001 ("Simply assigning Ken a new user services policy will not move his contacts out of the unified contact store"), sequences.md §5 A4, ucs-model.md E5, ucs-decisions.md §4 (warning)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore
(Get-CsLabUser "Ken Myer").ContactStore
(Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com").Result
