# source: cmdlets.md §13 Get-CsUserPoolInfo example 2 ("Get-CsUser | Get-CsUserPoolInfo": pool information for every user; users with no Registrar pool give an error each, example 3's text); a lab of one user per kind of homing
Reset-CsLab -Empty -Confirm:$False
New-CsLabUser "Pilar Ackerman" | Out-Null
New-CsLabUser "Marco Tanaka" -RegistrarPool "dal-cs-001.litwareinc.com" | Out-Null
New-CsLabUser "Kim Akers" -RegistrarPool "sipfed.online.lync.com" | Out-Null
Get-CsUser | Get-CsUserPoolInfo
