# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Last)
(1..10 | Select-Object -Last 2) -join ','
