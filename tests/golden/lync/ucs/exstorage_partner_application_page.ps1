# source: sequences.md 3.5 (lync-server-2013-configuring-partner-applications...: the server-to-server authentication check, M1) and cmdlets.md 20 (ResourceData; shown in the five-line shape of the L13 test pages)
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com"
