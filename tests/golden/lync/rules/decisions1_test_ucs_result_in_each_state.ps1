# source: ucs-decisions.md 1 (Test-CsUnifiedContactStore: Failure in LyncServer, Migrating and RollingBack, Success in UnifiedContactStore with at least one contact) and ucs-model.md T1
function Test-Robin { $r = Test-CsUnifiedContactStore -UserSipAddress "sip:robinwood@litwareinc.com" -TargetFqdn "atl-cs-002.litwareinc.com"; "$((Get-CsLabUser -Identity 'Robin Wood').ContactStore): $($r.Result)" }
Test-Robin
Connect-CsLabClient -Identity "Robin Wood"
Test-Robin
Skip-CsLabTime -Minutes 10
Test-Robin
Invoke-CsUcsRollback -Identity "Robin Wood" -Confirm:$False -WarningAction SilentlyContinue
Test-Robin
Skip-CsLabTime -Minutes 5
Test-Robin
