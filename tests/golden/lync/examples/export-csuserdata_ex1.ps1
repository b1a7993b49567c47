# source: cmdlets.md §15 Export-CsUserData example ("exports user data from the pool atl-cs-001.litwareinc.com to a file named C:\Logs\ExportedUserData.zip"); ucs-decisions.md §8 (a real file recording each user's contact store, BK1); Import-CsUserData example (§16) reads it back unchanged when nothing moved
Test-Path "C:\Logs\ExportedUserData.zip"
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Test-Path "C:\Logs\ExportedUserData.zip"
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Get-CsLabUser -Identity "Ken Myer" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore), $($_.ContactCount) contacts, $($_.DataCondition)" }
