# source: cmdlets.md §11 Get-CsUser example 3 ("Get-CsUser -Identity "Pilar Ackerman"": one user by display name, §1.1); default lab (Pilar: atl-cs-001, no per-user policy)
Get-CsUser -Identity "Pilar Ackerman"
