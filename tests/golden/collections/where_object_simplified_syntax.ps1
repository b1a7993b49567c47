# source: Where-Object.md; ForEach-Object.md (comparison statement)
$users = [pscustomobject]@{ Name = 'Ken'; Enabled = $true }, [pscustomobject]@{ Name = 'Pilar'; Enabled = $false }
$users | Where-Object Enabled -eq $true | ForEach-Object { $_.Name }
$users | Where-Object Name -like 'P*' | ForEach-Object Name
$users | where Enabled | % Name
