# source: reference/5.1/Microsoft.PowerShell.Utility/Remove-Variable.md; SessionStateStrings (VariableNotFound)
Remove-Variable nosuchvar
'after'
