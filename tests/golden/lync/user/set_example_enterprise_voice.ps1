# source: cmdlets.md §12 (Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True); Set-CsUser outputs nothing; kept and shown by Get-CsUser
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True
(Get-CsUser "Pilar Ackerman").EnterpriseVoiceEnabled
(Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True}).DisplayName
Set-CsUser -Identity "Pilar Ackerman" -LineURI "tel:+14255551234" -PassThru | ForEach-Object { $_.LineURI }
