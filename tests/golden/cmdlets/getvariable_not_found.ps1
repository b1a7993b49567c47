# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Variable.md; SessionStateStrings (VariableNotFound)
Get-Variable nosuchvar
'after'
