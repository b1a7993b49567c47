# Moves users to the Lync Server 2010 pool without rolling them back (RB7).
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Move-CsUser -Target "dal-cs-001.litwareinc.com" -Confirm:$False
