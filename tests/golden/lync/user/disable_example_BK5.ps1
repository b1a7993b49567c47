# source: cmdlets.md §12 (Disable-CsUser -Identity "Ken Myer"); ucs-model.md BK5 (user data removed; "the user will be removed from Contacts lists in the organization"); no longer returned by Get-CsUser
(Get-CsLabContact -Identity "Pilar Ackerman").Count
Disable-CsUser -Identity "Ken Myer"
Get-CsUser -Filter {DisplayName -eq "Ken Myer"} | ForEach-Object { $_.DisplayName }
"gone"
(Get-CsLabContact -Identity "Pilar Ackerman").Count
Get-CsLabContact -Identity "Pilar Ackerman" | ForEach-Object { $_.SipAddress }
(Get-CsUserServicesPolicy "UCS Enabled Users").Identity
