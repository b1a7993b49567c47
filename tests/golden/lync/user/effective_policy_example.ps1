# source: cmdlets.md §14 (Get-CsEffectivePolicy - Identity "Ken Myer" (sic) and "Ken Myer","Pilar Ackerman" | Get-CsEffectivePolicy): the per-user policy by name, else the policy in force (E3)
Get-CsEffectivePolicy -Identity "Ken Myer" | ForEach-Object { "$($_.Identity): $($_.UserServicesPolicy) / $($_.ClientPolicy)" }
"Ken Myer","Pilar Ackerman" | Get-CsEffectivePolicy | ForEach-Object { $_.UserServicesPolicy }
