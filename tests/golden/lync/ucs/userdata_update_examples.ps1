# source: cmdlets.md 17 examples (Update-CsUserData -Filename ..., with -UserFilter), -WhatIf/-Confirm (ConfirmImpact Medium: no prompt by default) and BK1 (the import warns about users whose store changed)
Export-CsUserData -PoolFQDN "atl-cs-001.litwareinc.com" -FileName "C:\Logs\ExportedUserData.zip"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip" -UserFilter "kenmyer@litwareinc.com" -WhatIf
(Get-CsLabUser -Identity "Ken Myer").DataCondition
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip" -UserFilter "kenmyer@litwareinc.com" -Confirm:$False
(Get-CsLabUser -Identity "Ken Myer").DataCondition
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip" -TestMode
Update-CsUserData -Filename "C:\Logs\ExportedUserData.zip"
