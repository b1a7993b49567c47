# source: cmdlets.md §6 example 3 (Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $True} | Remove-CsUserServicesPolicy): global reset (P10), assigned per-user refused (decisions §9), the others removed
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $True} | Remove-CsUserServicesPolicy
Get-CsUserServicesPolicy | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }
