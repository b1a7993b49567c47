# source: TabExpansion2 (Microsoft.PowerShell.Core); PowerShell's CompletionCompleters.GetParameterCompletionResults (CompletionText "-Name", ListItemText the name, ToolTip "[type] Name"; the common parameters after the others); issue 5 point 3 (-Pol<Tab>, only parameters not yet given, common parameters last; en dashes as the lexer reads them)
$m = (TabExpansion2 'Grant-CsUserServicesPolicy -Pol').CompletionMatches
"$($m.CompletionText) $($m.ListItemText) $($m.ResultType) $($m.ToolTip)"
(TabExpansion2 'Grant-CsUserServicesPolicy -PolicyName x -').CompletionMatches.CompletionText -join ' '
(TabExpansion2 'Get-CsUser -').CompletionMatches.CompletionText -join ' '
(TabExpansion2 'Grant-CsUserServicesPolicy -Identity x -PassThru -Pa').CompletionMatches.Count
$r = TabExpansion2 'Grant-CsUserServicesPolicy –Pol'
"$($r.CompletionMatches.CompletionText) $($r.ReplacementIndex) $($r.ReplacementLength)"
