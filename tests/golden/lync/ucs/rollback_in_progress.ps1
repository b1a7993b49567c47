# source: ucs-decisions.md 2 and 5: a rollback takes 5 minutes; asking again while it runs says when it completes
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 2
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
Skip-CsLabTime -Minutes 3
(Get-CsLabUser -Identity "Ken Myer").ContactStore
