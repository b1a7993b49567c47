# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Index, zero-based)
('a','b','c','d' | Select-Object -Index 1,3) -join ','
