# source: sequences.md §1 (the Lync 2013 help prose prints {RegistrarPool –eq "atl-cs-001.litwareinc.com"} with an en dash); cmdlets.md §1.3 (a dash may be U+2013)
(Get-CsUser -Filter {RegistrarPool –eq "atl-cs-001.litwareinc.com"}).Count
