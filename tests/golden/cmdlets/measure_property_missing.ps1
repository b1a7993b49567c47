# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (a property no input object has is an error)
1,2 | Measure-Object -Property Nope -Sum
'after'
