# source: cmdlets.md 10 example 3 and lync-server-2013-move-users-to-another-pool.md (MV4: with -Force the account moves without its user data; contacts in Lync Server are lost, decisions 6); Pilar is already on atl-cs-001 in the lab, so the verbatim line is refused
$ConfirmPreference = 'None'
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-001.litwareinc.com" -Force
Move-CsUser -Identity "Pilar Ackerman" -Target "atl-cs-002.litwareinc.com" -Force
$p = Get-CsLabUser -Identity "Pilar Ackerman"; "$($p.RegistrarPool) $($p.ContactCount)"
