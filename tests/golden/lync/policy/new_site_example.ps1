# source: cmdlets.md §3 example (New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False); the new object is output (Outputs: new instances)
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False
