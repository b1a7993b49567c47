# source: ucs-model.md T3 (Test-CsExStorageNotification "is valid only if you are using the unified contact store"; Test-CsExStorageConnectivity checks server-to-server authentication whatever the store) and ucs-decisions.md 1 (Migrating and RollingBack are not UnifiedContactStore)
function Notify { $r = Test-CsExStorageNotification -SipUri "sip:tonipoe@litwareinc.com"; "$($r.Result): $($r.Error)" }
Connect-CsLabClient -Identity "Toni Poe"
Notify
Skip-CsLabTime -Minutes 10
Notify
Invoke-CsUcsRollback -Identity "Toni Poe" -Confirm:$False -WarningAction SilentlyContinue
Notify
Skip-CsLabTime -Minutes 5
Notify
(Test-CsExStorageConnectivity -SipUri "sip:tonipoe@litwareinc.com").Result
