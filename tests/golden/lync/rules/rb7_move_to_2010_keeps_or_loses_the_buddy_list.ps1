# source: ucs-model.md RB7 ("Before moving a user from Lync Server 2013 to Lync Server 2010, roll back the Buddy List ... If this step is omitted, the Buddy List will be lost.") as decided in ucs-decisions.md 6: Move-CsUser rolls back itself (MV1), only a move with -Force loses the list
$ConfirmPreference = 'None'
Get-CsUser -Identity "Ken Myer", "Robin Wood" | Connect-CsLabClient
Skip-CsLabTime -Minutes 10
# Ken: rolled back first, as the procedure says, then moved
Invoke-CsUcsRollback -Identity "Ken Myer" -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 5
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com"
# Robin: moved without the rollback step; Move-CsUser does it
Move-CsUser -Identity "Robin Wood" -Target "dal-cs-001.litwareinc.com"
# Lisa (contacts in Lync Server) moved with -Force: her list is lost
Add-CsLabContact -Identity "Lisa Jacobson" -Contact sip:kenmyer@litwareinc.com
Move-CsUser -Identity "Lisa Jacobson" -Target "dal-cs-001.litwareinc.com" -Force
Get-CsLabUser -Identity "Ken Myer", "Robin Wood", "Lisa Jacobson" | ForEach-Object { "$($_.DisplayName): $($_.RegistrarPool) $($_.ContactStore) $($_.ContactCount)" }
