# source: cmdlets.md 15 and 16 (-Identity: the user database, e.g. "UserDatabase:atl-sql-001.litwareinc.com"; the lab keeps it on the pool) and 17 (filters the lab does not model); the texts are ours
Export-CsUserData -Identity "UserDatabase:atl-cs-002.litwareinc.com" -FileName "C:\Logs\Pool2.zip"
Export-CsUserData -Identity "atl-sql-001.litwareinc.com" -FileName "C:\Logs\Sql.zip"
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\One.zip" -UserFilter "nobody@litwareinc.com"
Update-CsUserData -FileName "C:\Logs\Pool2.zip" -RoutingGroupFilter "x"
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -Identity "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Pool2.zip"
"done"
