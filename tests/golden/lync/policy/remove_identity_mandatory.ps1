# source: cmdlets.md §6 (-Identity mandatory); a missing mandatory parameter in a non-interactive shell is a binding error
Remove-CsUserServicesPolicy
"after"
