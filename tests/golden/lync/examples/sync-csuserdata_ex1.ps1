# source: cmdlets.md §19 Sync-CsUserData example (related, not a UCS cmdlet): not a ucsh cmdlet (README, known gaps); the documented product would also fail here, "if the backup service has not been activated" for the pool, and no lab pool has a backup pool
Sync-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com"
(Get-CsUserPoolInfo "sip:kenmyer@litwareinc.com").BackupPoolFqdn -eq $null
