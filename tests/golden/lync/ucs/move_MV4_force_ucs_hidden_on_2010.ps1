# source: ucs-decisions.md 6 (-Force: contacts in the unified contact store stay in Exchange, but a user homed on Lync Server 2010 cannot see them, MV5)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com" -Force -Confirm:$False
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.ContactStore) $($ken.MigrationBlockers)"
