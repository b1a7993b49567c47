# source: cmdlets.md §12 (-Confirm); -Confirm:$False disables without asking; -PassThru shows the account no longer enabled
Disable-CsUser -Identity "Ken Myer" -Confirm:$False -PassThru | ForEach-Object { "$($_.DisplayName) [$($_.SipAddress)] [$($_.RegistrarPool)]" }
(Get-CsUser).Count
