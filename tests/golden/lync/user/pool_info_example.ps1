# source: cmdlets.md §13 (Get-CsUserPoolInfo "sip:kenmyer@litwareinc.com"); PrimaryPoolFqdn, BackupPoolFqdn, PrimaryPoolMachinesInPreferredOrder ("replica information will be shown only if the user's primary pool has been assigned a backup pool")
Get-CsUserPoolInfo "sip:kenmyer@litwareinc.com"
