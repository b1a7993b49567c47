# source: ucs-decisions.md §3 (a policy change is a trigger point for users signed in with Lync 2013 at that moment), M4 (10 minutes)
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Connect-CsLabClient -Identity "Ken Myer"
(Get-CsLabUser "Ken Myer").ContactStore
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $True
(Get-CsLabUser "Ken Myer").ContactStore
Skip-CsLabTime -Minutes 10
(Get-CsLabUser "Ken Myer").ContactStore
