# source: cmdlets.md §13 (Get-CsUser | Get-CsUserPoolInfo; users with no Registrar pool give an error each; Get-CsUser | Get-CsUserPoolInfo | Where-Object {$_.BackupPoolFqdn -eq $Null})
Get-CsUser | Get-CsUserPoolInfo | ForEach-Object { "$($_.Identity) $($_.PrimaryPoolFqdn)" }
(Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsUserPoolInfo | Where-Object {$_.BackupPoolFqdn -eq $Null}).Count
