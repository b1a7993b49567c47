# source: cmdlets.md 10 (example 1; Move-CsUser prompts by default, 1.5); Pilar Ackerman is already homed on atl-cs-001 in the default lab (the error text is ours)
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com"
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com" -Confirm:$False
(Get-CsUser -Identity "Pilar Ackerman").RegistrarPool
