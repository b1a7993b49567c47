# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-First)
(1..10 | Select-Object -First 3) -join ','
(1..10 | select -First 1)
