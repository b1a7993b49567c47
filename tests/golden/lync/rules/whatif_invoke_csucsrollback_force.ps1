# source: cmdlets.md 7 (-WhatIf) with ucs-model.md RB4 and about_CommonParameters (-WhatIf: "Shows what would happen if the cmdlet runs. The cmdlet is not run."): -Force -WhatIf loses no contacts and writes no event
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
$events = @(Get-CsLabEvent).Count
Invoke-CsUcsRollback -Identity "Ken Myer" -Force -WhatIf
Get-CsLabUser -Identity "Ken Myer" | ForEach-Object { "$($_.ContactStore) $($_.ContactCount) [$($_.NextCheck)]" }
@(Get-CsLabEvent).Count - $events
