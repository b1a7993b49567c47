# source: ucs-model.md P11 (MigrationDelayInDays 0-180 inclusive)
Set-CsUserServicesPolicy -Identity global -MigrationDelayInDays 0
Set-CsUserServicesPolicy -Identity global -MigrationDelayInDays 500
(Get-CsUserServicesPolicy global).MigrationDelayInDays
