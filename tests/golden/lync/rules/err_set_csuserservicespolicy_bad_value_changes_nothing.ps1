# source: ucs-model.md P11 (MigrationDelayInDays 0-180) and ucs-decisions.md 2-3: a Set refused for one bad value changes none of the other values either, so it starts no migration for a signed-in user
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Connect-CsLabClient -Identity "Pilar Ackerman"
Set-CsUserServicesPolicy -Identity global -UcsAllowed $True -MigrationDelayInDays 181
Get-CsUserServicesPolicy -Identity global | ForEach-Object { "$($_.UcsAllowed) $($_.MigrationDelayInDays)" }
(Get-CsLabUser -Identity "Pilar Ackerman").ContactStore
New-CsUserServicesPolicy -Identity "Slow" -MigrationDelayInDays -1
@(Get-CsUserServicesPolicy -Filter "tag:Slow").Count
