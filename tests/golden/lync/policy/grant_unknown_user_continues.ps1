# source: ucs-decisions.md §9 / cmdlets.md §1.4 (Management object not found for identity "<x>".): per record, the pipeline goes on
"Pilar Ackerman", "Nobody Here", "Lisa Jacobson" | Grant-CsUserServicesPolicy -PolicyName "UCS Enabled Users"
Grant-CsUserServicesPolicy -Identity "sip:nobody@litwareinc.com" -PolicyName "UCS Enabled Users"
Get-CsUser -Filter {UserServicesPolicy -ne $Null} | ForEach-Object { $_.DisplayName }
