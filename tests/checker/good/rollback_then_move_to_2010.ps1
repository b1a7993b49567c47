# Seed 000: disable UCS, roll back, then move to Lync Server 2010 and Exchange 2010.
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com" -Confirm:$False
New-MoveRequest -Identity "Ken Myer" -TargetDatabase "DB2010"
