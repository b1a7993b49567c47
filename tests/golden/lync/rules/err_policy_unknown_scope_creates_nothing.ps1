# source: ucs-model.md P3 (scopes: global, site:, UserServer: service, per-user name) and ucs-decisions.md 9: a mistyped scope is refused (ours), not taken as a per-user name; nothing is created or changed
New-CsUserServicesPolicy -Identity "stie:Redmond" -UcsAllowed $False
Set-CsUserServicesPolicy -Identity "globl:x" -UcsAllowed $False
Get-CsUserServicesPolicy -Identity "tag:"
(Get-CsUserServicesPolicy | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }) -join ','
