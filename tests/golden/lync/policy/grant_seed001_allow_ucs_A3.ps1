# source: seeds/001 selective enablement, sequences.md §5 A3 (P6, E3, E4): global False, per-user AllowUnifiedContactStore granted to Ken; Ken migrates at his next Lync 2013 sign-in, Pilar does not
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True | Out-Null
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "AllowUnifiedContactStore"
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 10
Get-CsLabUser -Identity "Ken Myer", "Pilar Ackerman" | ForEach-Object { "$($_.DisplayName): $($_.UserServicesPolicy) $($_.EffectiveUcsAllowed) $($_.ContactStore)" }
