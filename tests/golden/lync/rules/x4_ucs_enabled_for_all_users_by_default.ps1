# source: ucs-model.md X4 (AllowExchangeContactStore was removed: "unified contact store is enabled for all users by default"), P1 and M1: a new user with no policy of his own migrates at his first Lync 2013 sign-in
New-CsLabUser -DisplayName "New Hire" | Out-Null
Get-CsLabUser -Identity "New Hire" | ForEach-Object { "[$($_.UserServicesPolicy)] $($_.EffectiveUcsAllowed) $($_.ContactStore)" }
(Get-CsEffectivePolicy -Identity "New Hire").UserServicesPolicy
Connect-CsLabClient -Identity "New Hire"
Skip-CsLabTime -Minutes 10
(Get-CsLabUser -Identity "New Hire").ContactStore
Get-CsUserServicesPolicy global | Get-Member -Name AllowExchangeContactStore
"-"
