# source: powershell.md §7 (ConvertTo-Json -Compress in both versions); ConvertTo-Json (5.1) Example 2
[ordered]@{Name = 'Ken'; Enabled = $true; Count = 3; Tags = @('a', 'b'); Manager = $null} | ConvertTo-Json -Compress
[ordered]@{Account = 'User01'; Domain = 'Domain01'; Admin = 'True'} | ConvertTo-Json -Compress
[pscustomobject]@{ a = 1; b = [pscustomobject]@{ c = @() } } | ConvertTo-Json -Compress
'plain' | ConvertTo-Json
42 | ConvertTo-Json
$false | ConvertTo-Json -Compress
