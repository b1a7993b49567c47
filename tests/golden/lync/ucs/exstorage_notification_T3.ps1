# source: sequences.md 3.6 and cmdlets.md 20 (T3: Test-CsExStorageNotification "is valid only if you are using the unified contact store"; the five-line output of lync-server-2013-testing-exchange-to-lync-notifications.md)
$r = Test-CsExStorageNotification -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe"
"$($r.Result): $($r.Error)"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Test-CsExStorageNotification -SipUri "sip:kenmyer@litwareinc.com" -Binding "NetNamedPipe"
