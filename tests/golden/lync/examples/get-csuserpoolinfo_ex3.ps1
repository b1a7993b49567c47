# source: cmdlets.md §13 Get-CsUserPoolInfo example 3 (Where-Object {$_.RegistrarPool -ne $Null} keeps only users homed on a Registrar pool, so no error for the Online user)
Reset-CsLab -Empty -Confirm:$False
New-CsLabUser "Pilar Ackerman" | Out-Null
New-CsLabUser "Kim Akers" -RegistrarPool "sipfed.online.lync.com" | Out-Null
Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsUserPoolInfo
