# source: cmdlets.md 8 (-TargetFqdn: the pool to be tested) and ucs-decisions.md 1; the error text is ours
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
$r = Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-002.litwareinc.com"
"$($r.Result): $($r.Error)"
