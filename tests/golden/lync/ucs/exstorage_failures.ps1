# source: cmdlets.md 20 ("your command will fail in this is not a valid user account") and ucs-model.md M1 (Exchange 2013 and server-to-server authentication are required); the texts are ours
"sip:aidandelaney@litwareinc.com", "sip:jonathanhaas@litwareinc.com", "sip:nobody@litwareinc.com" | ForEach-Object {
  $r = Test-CsExStorageConnectivity -SipUri $_
  "$($r.Result): $($r.Error)"
}
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding NetTCP
