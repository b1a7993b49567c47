# source: seed 002 (M1): a mailbox on Exchange 2010 keeps the contacts in Lync Server; MigrationBlockers names the rule
(Get-CsLabUser -Identity "Aidan Delaney").MigrationBlockers
Connect-CsLabClient -Identity "Aidan Delaney"
Skip-CsLabTime -Minutes 10
$aidan = Get-CsLabUser -Identity "Aidan Delaney"
"$($aidan.ExchangeVersion) $($aidan.ClientVersion) $($aidan.SignedIn) $($aidan.ContactStore)"
$aidan.MigrationBlockers
(Get-CsLabEvent -Identity "Aidan Delaney" -Last 1).Event
