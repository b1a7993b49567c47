# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md; powershell.md section 7 (server01, Server19, server25, server3)
('server25','Server19','server3','server01' | Sort-Object) -join ','
