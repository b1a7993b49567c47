# source: ucs-decisions.md §9 (removing a per-user policy still assigned is refused with an error naming how many users hold it)
Remove-CsUserServicesPolicy -Identity "UCS Enabled Users"
Get-CsUserServicesPolicy -Filter "tag:*" | ForEach-Object { $_.Identity }
(Get-CsUser "Ken Myer").UserServicesPolicy
