# source: ucs-decisions.md §9 (-Force unassigns the per-user policy from its holders first, then removes it)
Remove-CsUserServicesPolicy -Identity "UCS Enabled Users" -Force
(Get-CsUserServicesPolicy -Filter "tag:*").Count
Get-CsUser -Filter {UserServicesPolicy -ne $Null} | ForEach-Object { $_.DisplayName }
"none assigned"
