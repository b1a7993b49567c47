# source: sequences.md 3.8 (lync-server-2013-move-users-to-another-pool.md, verbatim: pool01.contoso.net and the template names are not pools of the Litware lab); the error text is ours
Move-CsUser -Identity "Pilar Ackerman" -Target "pool01.contoso.net"
Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.net"} | Move-CsUser -Target "pool01.contoso.net"
Get-CsUser -Filter {RegistrarPool -eq "CurrentPoolFqdn"} | Move-CsUser -Target "TargetPoolFQDN"
(Get-CsLabUser -Identity "Pilar Ackerman").RegistrarPool
