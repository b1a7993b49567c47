# source: TabExpansion2 (Microsoft.PowerShell.Core: a CommandCompletion with CompletionMatches, ReplacementIndex, ReplacementLength, CurrentMatchIndex -1); issue 5 point 3 (Grant-CsU<Tab>: cmdlet, function and alias names by case-insensitive prefix)
$r = TabExpansion2 'Grant-CsU' 9
$r.CompletionMatches | ForEach-Object { "$($_.CompletionText) $($_.ListItemText) $($_.ResultType)" }
"$($r.ReplacementIndex) $($r.ReplacementLength) $($r.CurrentMatchIndex)"
(TabExpansion2 'get-csuserp').CompletionMatches.CompletionText
(TabExpansion2 'Grant-CsU -Identity "Ken Myer"' 9).CompletionMatches.CompletionText
$r = TabExpansion2 'Get-CsUser | Grant-CsU'
"$($r.CompletionMatches.CompletionText) $($r.ReplacementIndex) $($r.ReplacementLength)"
function Get-LabThing { "thing" }
(TabExpansion2 'get-labt').CompletionMatches | ForEach-Object { "$($_.CompletionText) $($_.ResultType)" }
(TabExpansion2 'Get-NoSuchCommandAtAll').CompletionMatches.Count
