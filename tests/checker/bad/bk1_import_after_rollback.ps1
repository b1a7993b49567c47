# Exports, changes the contact store, then imports the old data (BK1).
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
