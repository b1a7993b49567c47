# source: cmdlets.md §11 (-OnLyncServer; -UnAssignedUser: users not assigned to a Registrar pool, none in the lab; the Online user has a hosting provider)
(Get-CsUser -OnLyncServer).Count
(Get-CsUser -UnassignedUser).Count
Get-CsUser -Filter {RegistrarPool -eq $Null} | ForEach-Object { "$($_.DisplayName) $($_.HostingProvider)" }
