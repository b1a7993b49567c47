# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md (grouping ignores case unless -CaseSensitive)
@('a','A','b' | Group-Object).Count
@('a','A','b' | Group-Object -CaseSensitive).Count
