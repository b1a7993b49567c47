# source: cmdlets.md §20 Test-CsExStorageConnectivity example 1 (-Binding NetNamedPipe; writes and deletes a test item in the Exchange 2013 mailbox over server-to-server authentication, ucs-model.md T3); the five-line output of the L13 synthetic transactions (cmdlets.md §8)
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe"
