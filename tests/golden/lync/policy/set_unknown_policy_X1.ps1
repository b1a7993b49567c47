# source: ucs-model.md X1 (Set-CsUserServicesPolicy -Identity "Ken Myer" -UcsAllowed $False addresses a per-user policy named "Ken Myer"); sequences.md §3.2 (none exists: an error)
Set-CsUserServicesPolicy -Identity "Ken Myer" -UcsAllowed $False
"after"
