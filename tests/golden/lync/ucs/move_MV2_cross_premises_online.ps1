# source: sequences.md A12 and seed 000 (MV2: a move to Lync Online rolls the contacts back); Get-Credential cannot prompt under -NonInteractive, so $creds is $null
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
$creds=Get-Credential
Move-CsUser -Identity "Ken Myer" -Target sipfed.online.lync.com -Credential $creds -HostedMigrationOverrideUrl "https://admin0a.online.lync.com/HostedMigration/hostedmigrationservice.svc"
$ken = Get-CsLabUser -Identity "Ken Myer"; "$($ken.PoolVersion) $($ken.ContactStore) $($ken.UserServicesPolicy)"
