# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (numbers sort as numbers)
(10,2,33,4 | Sort-Object) -join ','
(10,2,33,4 | sort -Descending) -join ','
