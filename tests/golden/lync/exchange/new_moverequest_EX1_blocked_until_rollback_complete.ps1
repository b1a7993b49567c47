# source: seed 000 (EX1: "The Exchange administrator is blocked from rolling back Exchange until the Lync Server rollback is complete"), sequences.md A10 and ucs-decisions.md 7
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False -WarningAction SilentlyContinue
Invoke-CsUcsRollback -Identity "Ken Myer"
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010
Skip-CsLabTime -Minutes 5
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2010
(Get-Mailbox -Identity "Ken Myer").Database
