# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (a script block as the property)
('ccc','a','bb' | Sort-Object { $_.Length }) -join ','
('ccc','a','bb' | Sort-Object -Property { $_.Length } -Descending) -join ','
