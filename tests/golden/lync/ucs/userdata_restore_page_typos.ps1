# source: sequences.md 3.7 (lync-server-2013-restoring-a-standard-edition-server.md, verbatim with the docs' typos atl0cs and ExportedUserDatal.zip: no such pool)
Import-CsUserData -PoolFqdn "atl0cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserDatal.zip"
"done"
