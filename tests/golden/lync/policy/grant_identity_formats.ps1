# source: cmdlets.md §1.1 (four identity formats; * wildcards for display names), ucs-decisions.md §9; pipeline of strings (ByValue)
Grant-CsUserServicesPolicy -Identity "sip:pilarackerman@litwareinc.com" -PolicyName "UCS Enabled Users"
Grant-CsUserServicesPolicy -Identity "aidandelaney@litwareinc.com" -PolicyName "UCS Enabled Users"
Grant-CsUserServicesPolicy -Identity "litwareinc\jonathanhaas" -PolicyName "UCS Enabled Users"
Grant-CsUserServicesPolicy -Identity "CN=Jeff Hay,CN=Users,DC=litwareinc,DC=com" -PolicyName "UCS Enabled Users"
"Lisa Jacobson", "toni*" | Grant-CsUserServicesPolicy -PolicyName "tag:UCS Enabled Users"
Get-CsUser -Filter {UserServicesPolicy -eq "UCS Enabled Users"} | ForEach-Object { $_.DisplayName }
