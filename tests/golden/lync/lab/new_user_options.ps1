# source: issue 4 lab cmdlets: New-CsLabUser -SipAddress -RegistrarPool -ExchangeVersion -MailboxSignedIn -Contacts; blockers name M1
$u = New-CsLabUser -DisplayName "Dallas User" -SipAddress dallas@litwareinc.com -RegistrarPool dal-cs-001.litwareinc.com -ExchangeVersion None -Contacts 3
"$($u.SipAddress) $($u.RegistrarPool) $($u.PoolVersion) $($u.ExchangeVersion) $($u.ContactCount)"
$u.MigrationBlockers
$v = New-CsLabUser -DisplayName "Fresh Mailbox" -MailboxSignedIn $False
"$($v.SipAddress) $($v.MailboxSignedIn)"
$v.MigrationBlockers
$w = New-CsLabUser -DisplayName "Online User" -RegistrarPool sipfed.online.lync.com -ExchangeVersion 2010
"$($w.PoolVersion) $($w.ExchangeVersion)"
$w.MigrationBlockers
