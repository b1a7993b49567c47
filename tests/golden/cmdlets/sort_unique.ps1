# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (-Unique)
(3,1,3,2,1 | Sort-Object -Unique) -join ','
('a','A','b' | Sort-Object -Unique).Count
