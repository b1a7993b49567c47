# source: cmdlets.md 16 (-FileName: the exported file) and ucs-decisions.md 8 (a clear error; nothing changes)
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
"done"
