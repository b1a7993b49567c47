# source: ucs-model.md P10 (Remove on the global policy resets it, UcsAllowed True), ucs-decisions.md §9
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False -MigrationDelayInDays 9
Remove-CsUserServicesPolicy -Identity global
Get-CsUserServicesPolicy global | ForEach-Object { "$($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
