# source: cmdlets.md §3 -InMemory ("Creates an object reference without actually committing ... commit those changes by calling this cmdlet's matching Set- cmdlet")
$x = New-CsUserServicesPolicy -Identity "site:Redmond" -InMemory
(Get-CsUserServicesPolicy -Filter "site:*").Count
$x.UcsAllowed = $False
Set-CsUserServicesPolicy -Instance $x
Get-CsUserServicesPolicy -Filter "site:*" | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }
