# source: cmdlets.md 1.4, 13, 14, 20 and ucs-decisions.md 9: the user cmdlets report an unknown identity as an error and go on; the Exchange storage tests report it in their result, as synthetic transactions do
Get-CsUserPoolInfo -Identity "Nobody Here"
Get-CsEffectivePolicy -Identity "Nobody Here"
"Nobody Here", "Ken Myer" | Get-CsUserPoolInfo | ForEach-Object { $_.PrimaryPoolFqdn }
$r = Test-CsExStorageConnectivity -SipUri "sip:nobody@litwareinc.com"
"$($r.Result): $($r.Error)"
