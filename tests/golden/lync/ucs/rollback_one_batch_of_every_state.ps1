# source: ucs-decisions.md 5 (rollback per state: LyncServer nothing to do, Migrating cancelled, RollingBack in progress, UnifiedContactStore rolled back; Exchange unreachable needs -Force); ucs-model.md RB1, RB4
# One pipeline batch holding users in every state at once, and then users who
# all share one state, so that the engine's per-state steps meet both shapes.
$ConfirmPreference = 'None'
$WarningPreference = 'SilentlyContinue'
New-CsLabUser -DisplayName "Mix Lync" | Out-Null
New-CsLabUser -DisplayName "Mix Ucs" -Count 3 | Out-Null
Get-CsLabUser "Mix Ucs*" | Connect-CsLabClient
Skip-CsLabTime -Minutes 10
New-CsLabUser -DisplayName "Mix Migrating" | Out-Null
Connect-CsLabClient -Identity "Mix Migrating"
Invoke-CsUcsRollback -Identity "Mix Ucs 1"
function Show { Get-CsLabUser "Mix*" | Sort-Object DisplayName | ForEach-Object { "{0,-14} {1}" -f $_.DisplayName, $_.ContactStore } }
Show
"-- every state in one batch, Exchange unreachable"
Set-CsLabExchangeServer -Identity atl-ex-001 -Reachable $False
Get-CsUser "Mix*" | Invoke-CsUcsRollback -ErrorVariable rb -ErrorAction SilentlyContinue
"errors: $($rb.Count)"
$rb | ForEach-Object { $_.TargetObject }
Show
"-- the same batch, Exchange back"
Set-CsLabExchangeServer -Identity atl-ex-001 -Reachable $True
Get-CsUser "Mix*" | Invoke-CsUcsRollback
Show
"-- users who all share one state"
Skip-CsLabTime -Minutes 10
Get-CsUser "Mix Ucs*" | Invoke-CsUcsRollback -WarningVariable w
"warnings: $($w.Count)"
Show
