# source: issue 5 point 3 (-PolicyName<Tab>: the per-user policy names, quoted when they contain spaces); cmdlets.md (Grant-CsUserServicesPolicy -PolicyName takes a per-user policy's name); TabExpansion2 (values with spaces in single quotes, a quote the user opened kept and closed)
(TabExpansion2 'Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName ').CompletionMatches.CompletionText
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
(TabExpansion2 'Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName ').CompletionMatches | ForEach-Object { "$($_.CompletionText) $($_.ListItemText) $($_.ResultType)" }
$r = TabExpansion2 'Grant-CsUserServicesPolicy -PolicyName "UCS'
"$($r.CompletionMatches.CompletionText) $($r.ReplacementIndex) $($r.ReplacementLength)"
(TabExpansion2 "Get-CsUser | Grant-CsUserServicesPolicy -PolicyName 'red").CompletionMatches.CompletionText
(TabExpansion2 'Grant-CsUserServicesPolicy "Ken Myer" Red').CompletionMatches.CompletionText
