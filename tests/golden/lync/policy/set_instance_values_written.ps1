# source: cmdlets.md §4 -Instance ("pass a reference to an object to the cmdlet rather than set individual parameter values")
$p = Get-CsUserServicesPolicy -Identity global
$p.UcsAllowed = $False
$p.MigrationDelayInDays = 30
Set-CsUserServicesPolicy -Instance $p
Get-CsUserServicesPolicy -Identity global | ForEach-Object { "$($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
