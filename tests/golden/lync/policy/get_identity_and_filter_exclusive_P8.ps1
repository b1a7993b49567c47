# source: cmdlets.md §2 ("You cannot use both the Filter and the Identity parameters in the same command."): two parameter sets, PowerShell's binding error
Get-CsUserServicesPolicy -Identity global -Filter "site:*"
"after"
