# source: ucs-decisions.md (unknown policies get clear non-terminating errors)
Remove-CsUserServicesPolicy -Identity "NoSuchPolicy"
Remove-CsUserServicesPolicy -Identity "site:Dallas"
"after"
