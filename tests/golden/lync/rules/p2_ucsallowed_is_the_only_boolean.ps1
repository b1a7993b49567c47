# source: ucs-model.md P2 ("User server policies have only a single property (UcsAllowed)", seed 001; Boolean) and P11 (MigrationDelayInDays); powershell.md binding: a [bool] parameter takes only Booleans and numbers
$p = Get-CsUserServicesPolicy -Identity global
($p | Get-Member -MemberType Property | ForEach-Object { $_.Name }) -join ','
$p.UcsAllowed.GetType().FullName
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed "False"
(Get-CsUserServicesPolicy -Filter "site:*").Count
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed 0 | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }
Set-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed 1
(Get-CsUserServicesPolicy -Identity "site:Redmond").UcsAllowed
Set-CsUserServicesPolicy -Identity global -EnableAwaySinceIndication $False
(Get-CsUserServicesPolicy -Identity global).UcsAllowed
