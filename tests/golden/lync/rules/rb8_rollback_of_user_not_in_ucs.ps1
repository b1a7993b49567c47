# source: ucs-model.md RB8 (rollback of a user not in UCS: not documented) decided by ucs-decisions.md 5 ("A user already in LyncServer: nothing to roll back; a warning says so"), also with -Force (nothing is held in the unified contact store, so nothing is lost)
$before = Get-CsLabUser -Identity "Pilar Ackerman"
Invoke-CsUcsRollback -Identity "Pilar Ackerman" -Confirm:$False
Invoke-CsUcsRollback -Identity "Pilar Ackerman" -Confirm:$False -Force
$after = Get-CsLabUser -Identity "Pilar Ackerman"
"$($before.ContactStore) $($before.ContactCount) -> $($after.ContactStore) $($after.ContactCount) [$($after.NextCheck)]"
@(Get-CsLabEvent -Identity "Pilar Ackerman").Count
# a user who never had contacts in UCS migrates at his next Lync 2013 sign-in as usual (no 7-day hold)
Connect-CsLabClient -Identity "Pilar Ackerman"
(Get-CsLabUser -Identity "Pilar Ackerman").ContactStore
