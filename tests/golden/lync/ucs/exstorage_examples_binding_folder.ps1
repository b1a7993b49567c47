# source: cmdlets.md 20 examples (-Binding NetNamedPipe; -Folder Dumpster "will fail if the specified user has not been enabled for Exchange archiving")
(Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe").Result
$r = Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe" -Folder Dumpster
"$($r.Result): $($r.Error)"
