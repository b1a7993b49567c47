# source: cmdlets.md §12 (-Confirm); -Confirm:$False changes without asking
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True -Confirm:$False
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
