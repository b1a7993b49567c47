# source: ucs-model.md P7 (Set-CsUserServicesPolicy takes policy objects from the pipeline, -Instance ByValue) and cmdlets.md 4 (Instance parameter set): a per-user filter piped in, and -Instance with a variable
New-CsUserServicesPolicy -Identity "TeamA" | Out-Null
New-CsUserServicesPolicy -Identity "TeamB" | Out-Null
Get-CsUserServicesPolicy -Filter "tag:Team*" | Set-CsUserServicesPolicy -UcsAllowed $False
$g = Get-CsUserServicesPolicy -Identity global
Set-CsUserServicesPolicy -Instance $g -MigrationDelayInDays 3
Get-CsUserServicesPolicy | ForEach-Object { "$($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
