# source: cmdlets.md §5 (Identity position 1, PolicyName position 2)
Grant-CsUserServicesPolicy "Pilar Ackerman" "UCS Enabled Users"
(Get-CsUser "Pilar Ackerman").UserServicesPolicy
