# source: ucs-decisions.md 2, 5 (RB2): one skip runs every due step in time order: migration, rollback, the 7-day check
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Disconnect-CsLabClient -Identity "Ken Myer"
$null = Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False -WarningAction SilentlyContinue
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Days 8
Get-CsLabEvent -Identity "Ken Myer" | ForEach-Object { "$($_.Time) $($_.Kind)" }
(Get-CsLabUser -Identity "Ken Myer").ContactStore
