# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (-CaseSensitive: lower case sorts before upper case in en-US)
('b','A','B','a' | Sort-Object -CaseSensitive) -join ','
