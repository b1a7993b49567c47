# source: ucs-model.md P11 ("the number of days the system will wait before beginning a migration") and ucs-decisions.md 2-3: the start waits exactly the delay; at the delayed start the policy in force is checked again, while the client no longer has to be signed in (the server starts what the sign-in decided)
New-CsUserServicesPolicy -Identity "Slow" -MigrationDelayInDays 2 | Out-Null
New-CsUserServicesPolicy -Identity "Slow Then No" -MigrationDelayInDays 2 | Out-Null
Grant-CsUserServicesPolicy -Identity "Toni Poe" -PolicyName "Slow"
Grant-CsUserServicesPolicy -Identity "Lisa Jacobson" -PolicyName "Slow"
Grant-CsUserServicesPolicy -Identity "Pilar Ackerman" -PolicyName "Slow Then No"
Get-CsUser -Identity "Toni Poe", "Lisa Jacobson", "Pilar Ackerman" | Connect-CsLabClient
function Show { Get-CsLabUser -Identity "Toni Poe", "Lisa Jacobson", "Pilar Ackerman" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore) [$($_.NextCheck)]" } }
Show
Skip-CsLabTime -Days 1
Disconnect-CsLabClient -Identity "Lisa Jacobson"
Set-CsUserServicesPolicy -Identity "Slow Then No" -UcsAllowed $False
Skip-CsLabTime -Hours 23 -Minutes 59
(Get-CsLabUser -Identity "Toni Poe").ContactStore
Skip-CsLabTime -Minutes 1
Show
Get-CsLabEvent | Where-Object { $_.Kind -like "*Delay*" } | ForEach-Object { "$($_.Time) $($_.User) $($_.Kind)" }
