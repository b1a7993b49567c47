# source: sequences.md 3.7 (lync-server-2013-backing-up-core-data-and-settings.md, note -PoolFQDN) and ucs-decisions.md 8 (a real file; it is not overwritten unless -Force)
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip" -Force
"done"
