# source: ucs-decisions.md 9 (identities): SIP address with or without sip:, UPN, domain\logon, display name with wildcards
(Get-CsLabUser -Identity "sip:kenmyer@litwareinc.com").DisplayName
(Get-CsLabUser "kenmyer@litwareinc.com").DisplayName
(Get-CsLabUser "litwareinc\kenmyer").DisplayName
(Get-CsLabUser "Ken Myer").DisplayName
Get-CsLabUser "J*" | ForEach-Object DisplayName
(Get-CsLabUser | Measure-Object).Count
Get-CsLabUser | Where-Object { $_.PoolVersion -ne "2013" } | ForEach-Object { "$($_.DisplayName): $($_.PoolVersion)" }
Get-CsLabUser -Identity "No Such User"
"after"
