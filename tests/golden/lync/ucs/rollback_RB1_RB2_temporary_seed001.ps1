# source: seed 001 (RB1, RB2: a rollback without a policy change is temporary; after 7 days the contacts migrate again) and ucs-decisions.md 5 (RollingBack for 5 minutes, the warning says when)
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback -Identity "Ken Myer"
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Skip-CsLabTime -Minutes 5
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.ContactStore) $($ken.ContactCount) $($ken.NextCheck)"
Skip-CsLabTime -Days 6
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Skip-CsLabTime -Days 1
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Skip-CsLabTime -Minutes 10
(Get-CsLabUser -Identity "Ken Myer").ContactStore
