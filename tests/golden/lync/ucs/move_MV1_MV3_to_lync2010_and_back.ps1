# source: seed 000 (MV1: Move-CsUser rolls the contacts back when moving to Lync Server 2010; MV3: the policy is not changed, so moving back to Lync Server 2013 migrates again) and ucs-decisions.md 6
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com" -Confirm:$False
$ken = Get-CsLabUser -Identity "Ken Myer"
"$($ken.RegistrarPool) $($ken.ContactStore) $($ken.ContactCount) $($ken.UserServicesPolicy) $($ken.SignedIn)"
Move-CsUser -Identity "Ken Myer" -Target "atl-cs-001.litwareinc.com" -Confirm:$False
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
(Get-CsLabUser -Identity "Ken Myer").ContactStore
