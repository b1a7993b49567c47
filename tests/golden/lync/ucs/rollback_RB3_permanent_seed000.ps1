# source: seed 000 procedure "To roll back unified contact store contacts from Exchange 2013 to Lync Server 2013" (RB3: disable the policy, then roll back: no re-migration; E5 warning of decisions 4)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
Skip-CsLabTime -Minutes 5
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.ContactStore) $($ken.ContactCount) [$($ken.NextCheck)]"
Skip-CsLabTime -Days 8
Disconnect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.ContactStore) $($ken.MigrationBlockers)"
