# source: cmdlets.md §2 Get-CsUserServicesPolicy example 4 (sequences.md §4): "returns information about the User Services policies where the use of the Unified Contact Store has been disabled"; ucs-model.md P1 (global True), P4 (default True)
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "NoUnifiedContactStore" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "site:Dallas" | Out-Null
Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $False}
