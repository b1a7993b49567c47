# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (strings sort as strings unless converted in a script block)
('10','2','33' | Sort-Object) -join ','
('10','2','33' | Sort-Object { [int]$_ }) -join ','
