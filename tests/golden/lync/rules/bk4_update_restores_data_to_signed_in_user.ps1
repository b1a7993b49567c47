# source: ucs-model.md BK4 (Update-CsUserData is "typically done in order to restore lost data to a logged-on user"); the Front End restart note of Import-CsUserData.md is Skype for Business only: the lab has no Front End services, an import takes effect at once
Connect-CsLabClient -Identity "David Longmuir" -ClientVersion 2010
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Backup.zip"
Remove-CsLabContact -Identity "David Longmuir" -Contact sip:kenmyer@litwareinc.com
(Get-CsLabContact -Identity "David Longmuir" | ForEach-Object { $_.SipAddress }) -join ','
Update-CsUserData -FileName "C:\Logs\Backup.zip" -UserFilter "davidlongmuir@litwareinc.com"
Get-CsLabUser -Identity "David Longmuir" | ForEach-Object { "signed in: $($_.SignedIn) $($_.ClientVersion); $($_.ContactStore) $($_.DataCondition)" }
(Get-CsLabContact -Identity "David Longmuir" | ForEach-Object { $_.SipAddress }) -join ','
Remove-CsLabContact -Identity "David Longmuir" -Contact sip:ellenadams@litwareinc.com
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Backup.zip" -UserFilter "davidlongmuir@litwareinc.com"
(Get-CsLabContact -Identity "David Longmuir" | ForEach-Object { $_.SipAddress }) -join ','
