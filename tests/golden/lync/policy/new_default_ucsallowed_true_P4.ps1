# source: ucs-model.md P4 (New without -UcsAllowed: UcsAllowed True) and P11 (MigrationDelayInDays default 0)
$p = New-CsUserServicesPolicy -Identity "site:Dallas"
"$($p.Identity) $($p.UcsAllowed) $($p.MigrationDelayInDays)"
