# source: ucs-model.md P11 ("MigrationDelayInDays can be set to any value between 0 and 180, inclusive. The default value is 0."; reject values outside)
New-CsUserServicesPolicy -Identity "Delay180" -MigrationDelayInDays 180 | ForEach-Object { "$($_.Identity) $($_.MigrationDelayInDays)" }
New-CsUserServicesPolicy -Identity "Delay181" -MigrationDelayInDays 181
New-CsUserServicesPolicy -Identity "DelayNegative" -MigrationDelayInDays -1
Get-CsUserServicesPolicy -Filter "tag:Delay*" | ForEach-Object { $_.Identity }
