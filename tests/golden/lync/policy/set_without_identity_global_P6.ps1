# source: ucs-model.md P6 ("If this parameter is not included then Set-CsUserServicesPolicy will automatically modify the global policy.")
Set-CsUserServicesPolicy -UcsAllowed $False
Set-CsUserServicesPolicy -MigrationDelayInDays 7
Get-CsUserServicesPolicy global | ForEach-Object { "$($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
Get-CsUserServicesPolicy "UCS Enabled Users" | ForEach-Object { "$($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
