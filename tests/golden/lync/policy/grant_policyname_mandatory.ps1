# source: ucs-decisions.md §9 (-PolicyName is mandatory, the Lync 2013 syntax line); a missing mandatory parameter in a non-interactive shell is a binding error
Grant-CsUserServicesPolicy -Identity "Ken Myer"
(Get-CsUser "Ken Myer").UserServicesPolicy
