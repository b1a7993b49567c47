# source: lync-server-2013-special-setup-instructions-for-synthetic-transactions.md (M11 prerequisites: "Test users must have a valid Exchange 2013 mailbox"); the warning text is ours
$r = Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "sip:aidandelaney@litwareinc.com" -Setup
$r.Result
(Get-CsLabUser -Identity "Aidan Delaney").ContactStore
