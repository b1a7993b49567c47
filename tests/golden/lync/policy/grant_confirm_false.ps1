# source: cmdlets.md §5 (-Confirm); -Confirm:$False grants without asking
Grant-CsUserServicesPolicy -Identity "Pilar Ackerman" -PolicyName "UCS Enabled Users" -Confirm:$False
(Get-CsUser "Pilar Ackerman").UserServicesPolicy
