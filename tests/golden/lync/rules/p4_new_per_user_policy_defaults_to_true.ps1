# source: ucs-model.md P4 ("When set to True (the default value) users affected by the policy will automatically be migrated") with E1, M3: a per-user policy created without -UcsAllowed migrates its users, even under a global policy that says no
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
$p = New-CsUserServicesPolicy -Identity "DefaultAllowed"
"$($p.Identity) $($p.UcsAllowed)"
Grant-CsUserServicesPolicy -Identity "Toni Poe" -PolicyName "DefaultAllowed"
Connect-CsLabClient -Identity "Toni Poe"
Connect-CsLabClient -Identity "Pilar Ackerman"
Skip-CsLabTime -Minutes 10
Get-CsLabUser -Identity "Toni Poe", "Pilar Ackerman" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore)" }
