# source: seed 001 (M5) and ucs-decisions.md 3: the sign-in-again prompt is recorded; a sign-out clears it
Connect-CsLabClient -Identity "sip:kenmyer@litwareinc.com"
Skip-CsLabTime -Minutes 10
(Get-CsLabUser -Identity "Ken Myer").RelogonRequired
Disconnect-CsLabClient -Identity "Ken Myer"
$ken = Get-CsLabUser -Identity "Ken Myer"
"$($ken.SignedIn) $($ken.ClientVersion) $($ken.RelogonRequired) $($ken.ContactStore)"
Connect-CsLabClient -Identity "litwareinc\kenmyer"
(Get-CsLabUser -Identity "kenmyer@litwareinc.com").RelogonRequired
