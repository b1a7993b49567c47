# source: ucs-model.md P5 (a bare name makes a per-user policy; names may contain spaces); sequences.md §2.1 and §3.1
New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True | ForEach-Object { $_.Identity }
New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }
New-CsUserServicesPolicy -Identity "tag:Sales Staff" | ForEach-Object { $_.Identity }
Get-CsUserServicesPolicy -Filter "tag:*" | ForEach-Object { $_.Identity }
