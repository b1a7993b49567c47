# Seed 001's permanent rollback: the policy first, then the rollback.
Grant-CsUserServicesPolicy –Identity "Ken Myer" –PolicyName $Null
Set-CsUserServicesPolicy -Identity Global -UcsAllowed $False
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
