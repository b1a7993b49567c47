# source: cmdlets.md §2 example 4 (Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $False})
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $False} | ForEach-Object { $_.Identity }
