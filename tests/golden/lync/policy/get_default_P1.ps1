# source: ucs-model.md P1 (one global policy, UcsAllowed True) + issue 4 default lab (per-user "UCS Enabled Users"); cmdlets.md §2 example 1; list view
Get-CsUserServicesPolicy
