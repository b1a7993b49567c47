# source: ucs-model.md E5 (Set on a shared policy: "simply setting UcsAllowed will not cause a user's contacts to be moved"), ucs-decisions.md §4 (a warning names the users left in UCS)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
(Get-CsLabUser "Ken Myer").ContactStore
