# source: cmdlets.md §11 Get-CsUser example 4 ("Get-CsUser -Identity "Pilar*"": the * wildcard over display names, §1.1); a second Pilar is added so the wildcard has two matches, "Lisa Pilar" does not start with Pilar
New-CsLabUser "Pilar Ramirez" -RegistrarPool "atl-cs-002.litwareinc.com" | Out-Null
New-CsLabUser "Lisa Pilar" | Out-Null
Get-CsUser -Identity "Pilar*"
