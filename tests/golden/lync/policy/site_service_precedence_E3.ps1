# source: ucs-model.md E3 (per-user > service > site > global), E4; Get-CsEffectivePolicy names the policy in force
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False | Out-Null
"Pilar: " + (Get-CsEffectivePolicy "Pilar Ackerman").UserServicesPolicy + " " + (Get-CsLabUser "Pilar Ackerman").EffectiveUcsAllowed
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-001.litwareinc.com" -UcsAllowed $True | Out-Null
"Pilar: " + (Get-CsEffectivePolicy "Pilar Ackerman").UserServicesPolicy + " " + (Get-CsLabUser "Pilar Ackerman").EffectiveUcsAllowed
"Jeff: " + (Get-CsEffectivePolicy "Jeff Hay").UserServicesPolicy + " " + (Get-CsLabUser "Jeff Hay").EffectiveUcsAllowed
"Marco: " + (Get-CsEffectivePolicy "Marco Tanaka").UserServicesPolicy
"Ken: " + (Get-CsEffectivePolicy "Ken Myer").UserServicesPolicy
