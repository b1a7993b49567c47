# source: ucs-model.md EX2 (after the mailbox goes back to Exchange 2013, migration starts again 7 days after the rollback "if policy still allows") with RB2 and ucs-decisions.md 5 (the policy in force at the check decides; else the next Lync 2013 sign-in) and 3 (a mailbox move is not a trigger)
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Robin Wood"
Skip-CsLabTime -Minutes 10
Get-CsUser -Identity "Ken Myer", "Robin Wood" | Invoke-CsUcsRollback -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 5
Get-CsUser -Identity "Ken Myer", "Robin Wood" | New-MoveRequest -TargetDatabase DB2010 | Out-Null
Skip-CsLabTime -Days 2
# Robin's mailbox goes back to Exchange 2013 before the check, but his policy no longer allows UCS
New-MoveRequest -Identity "Robin Wood" -TargetDatabase DB2013 | Out-Null
New-CsUserServicesPolicy -Identity "NoUnifiedContactStore" -UcsAllowed $False | Out-Null
Grant-CsUserServicesPolicy -Identity "Robin Wood" -PolicyName "NoUnifiedContactStore"
Skip-CsLabTime -Days 5
# the check has passed: Ken's mailbox was still on Exchange 2010, Robin's policy said no
Get-CsLabUser | Where-Object { $_.DisplayName -in "Ken Myer", "Robin Wood" } | ForEach-Object { "$($_.DisplayName): $($_.ContactStore); $($_.MigrationBlockers -join '; ')" }
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2013 | Out-Null
Skip-CsLabTime -Days 1
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Connect-CsLabClient -Identity "Ken Myer"
(Get-CsLabUser -Identity "Ken Myer").ContactStore
