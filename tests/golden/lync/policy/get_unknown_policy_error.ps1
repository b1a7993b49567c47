# source: ucs-decisions.md (unknown policies get clear errors, non-terminating); ucs-model.md §M (text not documented: ucsh's)
Get-CsUserServicesPolicy -Identity "site:Redmond"
Get-CsUserServicesPolicy -Identity "NoSuchPolicy"
Get-CsUserServicesPolicy -Identity "site:Atlantis"
"after"
