# source: cmdlets.md §11 Get-CsUser example -UnassignedUser ("enabled for Lync Server but not currently assigned to a Registrar pool"): every lab user has a Registrar pool or (Kim Akers) a hosting provider, so none is returned
Get-CsUser -UnassignedUser
"unassigned: $(@(Get-CsUser -UnassignedUser).Count); without a pool: $((Get-CsUser -Filter {RegistrarPool -eq $Null}).DisplayName)"
