# source: cmdlets.md §0 caveats: Identity is the first positional parameter (Get-CsUserServicesPolicy global)
Get-CsUserServicesPolicy global | ForEach-Object { "$($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
Get-CsUserServicesPolicy "tag:UCS Enabled Users" | ForEach-Object { $_.Identity }
Get-CsUserServicesPolicy "UCS Enabled Users" | ForEach-Object { $_.Identity }
