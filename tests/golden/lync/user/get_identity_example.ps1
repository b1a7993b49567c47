# source: cmdlets.md §11 example (Get-CsUser -Identity "Pilar Ackerman")
Get-CsUser -Identity "Pilar Ackerman" | ForEach-Object { "$($_.DisplayName) $($_.SipAddress) $($_.RegistrarPool) $($_.Enabled)" }
