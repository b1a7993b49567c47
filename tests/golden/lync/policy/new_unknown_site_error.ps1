# source: ucs-decisions.md (wrong scopes get clear errors); the lab's sites are Redmond and Dallas
New-CsUserServicesPolicy -Identity "site:Atlantis" -UcsAllowed $False
(Get-CsUserServicesPolicy).Count
