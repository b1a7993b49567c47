# source: ucs-decisions.md 5: a user in Lync Server has nothing to roll back (a warning); a migration under way is cancelled and the contacts stay in Lync Server
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 3
Invoke-CsUcsRollback -Identity "Aidan Delaney" -Confirm:$False
Invoke-CsUcsRollback -Identity "Pilar Ackerman" -Confirm:$False
$p = Get-CsLabUser -Identity "Pilar Ackerman"; "$($p.ContactStore) $($p.ContactCount)"
