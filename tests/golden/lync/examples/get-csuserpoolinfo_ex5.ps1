# source: cmdlets.md §13 Get-CsUserPoolInfo example 5 (Where-Object {$_.BackupPoolFqdn -eq $Null}: users whose pool has no backup pool; "replica information will be shown only if the user's primary pool has been assigned a backup pool"); no lab pool has a backup pool
Reset-CsLab -Empty -Confirm:$False
New-CsLabUser "Pilar Ackerman" | Out-Null
New-CsLabUser "Jonathan Haas" -RegistrarPool "atl-cs-002.litwareinc.com" | Out-Null
Get-CsUser | Get-CsUserPoolInfo | Where-Object {$_.BackupPoolFqdn -eq $Null}
