# Forces the rollback: the contacts in the unified contact store are lost (RB4).
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName $Null
Invoke-CsUcsRollback -Identity "Ken Myer" -Force -Confirm:$False
