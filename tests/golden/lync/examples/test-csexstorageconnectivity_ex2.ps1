# source: cmdlets.md §20 Test-CsExStorageConnectivity example 2 (-Folder Dumpster: "this command will fail if the specified user has not been enabled for Exchange archiving"; no lab user is)
Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" -Folder Dumpster
