# source: ucs-decisions.md 5 (-Force: "also lets the rollback go ahead when the contacts could not be read back (Exchange unreachable). Without -Force, such a rollback fails with a non-terminating error that explains why and names -Force and its consequence"); ucs-model.md RB4; cmdlets.md 21 (lab event: an Exchange outage)
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | ForEach-Object { "$($_.ContactStore) $($_.ContactCount)" }
Set-CsLabExchangeServer -Identity atl-ex-001.litwareinc.com -Reachable $False
(Get-CsLabExchangeServer atl-ex-001).Reachable
Invoke-CsUcsRollback -Identity "Ken Myer" -ErrorVariable rb
$rb.Count
Get-CsLabUser "Ken Myer" | ForEach-Object { "$($_.ContactStore) $($_.ContactCount)" }
Invoke-CsUcsRollback -Identity "Ken Myer" -Force -WarningAction SilentlyContinue
Get-CsLabUser "Ken Myer" | ForEach-Object { "$($_.ContactStore) $($_.ContactCount)" }
Set-CsLabExchangeServer -Identity atl-ex-001 -Reachable $True
(Get-CsLabExchangeServer atl-ex-001).Reachable
