# source: ucs-decisions.md §9 (granting a name that is not a per-user policy: Policy "<name>" is not a user policy...), one error per user
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "site:Redmond"
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "Global"
"Ken Myer", "Pilar Ackerman" | Grant-CsUserServicesPolicy -PolicyName "NoSuchPolicy"
(Get-CsUser "Ken Myer").UserServicesPolicy
