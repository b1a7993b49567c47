# source: seed 000 ("If you use this option, the users' contacts will be lost", RB4) and ucs-decisions.md 5 (-Force: at once, a warning naming how many)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback -Identity "Ken Myer" -Force -Confirm:$False
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.ContactStore) $($ken.ContactCount)"
(Get-CsLabContact -Identity "Ken Myer" | Measure-Object).Count
