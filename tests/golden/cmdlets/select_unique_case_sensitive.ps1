# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-Unique is case-sensitive); powershell.md section 7
('a','b','c','a','A','a' | Select-Object -Unique) -join ','
