# source: seed 000 first paragraph (EX2: rolled back because Exchange went back to 2010, the mailbox later moved to Exchange 2013: migration again seven days after the rollback while the policy allows it)
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback -Identity "Ken Myer" -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 5
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010 | Out-Null
Skip-CsLabTime -Days 2
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2013 | Out-Null
Skip-CsLabTime -Days 4
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Skip-CsLabTime -Days 1
(Get-CsLabUser -Identity "Ken Myer").ContactStore
