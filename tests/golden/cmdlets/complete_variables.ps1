# source: TabExpansion2 (Microsoft.PowerShell.Core); about_Automatic_Variables ($true, $PSVersionTable); issue 5 point 3 ($us<Tab>: the variables visible from the current scope)
$user = "Ken Myer"
$usage = 1
(TabExpansion2 '$us').CompletionMatches | ForEach-Object { "$($_.CompletionText) $($_.ListItemText) $($_.ResultType)" }
(TabExpansion2 'Get-CsUser -Identity $use').CompletionMatches.CompletionText
(TabExpansion2 'Write-Output $tr').CompletionMatches.CompletionText
(TabExpansion2 '$PSVersionT').CompletionMatches.CompletionText
function Test-Scope { $inner = 1; (TabExpansion2 '$inn').CompletionMatches.CompletionText }
Test-Scope
(TabExpansion2 '$inn').CompletionMatches.Count
