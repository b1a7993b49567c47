# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Skip)
(1..5 | Select-Object -Skip 3) -join ','
(1..5 | Select-Object -Skip 1 -First 2) -join ','
