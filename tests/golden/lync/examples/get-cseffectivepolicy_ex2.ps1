# source: cmdlets.md §14 Get-CsEffectivePolicy example 2 (user identities piped in): the per-user policy's name when one is assigned, else the policy in force (ucs-model.md E3/E4); Ken holds "UCS Enabled Users", Pilar none
"Ken Myer","Pilar Ackerman" | Get-CsEffectivePolicy
