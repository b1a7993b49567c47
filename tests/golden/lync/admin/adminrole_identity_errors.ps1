# source: Get-CsAdminRole.md (Identity = the SamAccountName of the role's group; parameter sets Identity, Filter, SID); a missing identity gets a ManagementException (text ours, as the lab's other Get- cmdlets)
Get-CsAdminRole -Identity "RedmondVoiceAdministrators"
"after"
$sid = (Get-CsAdminRole -Identity csuseradministrator).SID
(Get-CsAdminRole -Sid $sid).Identity
Get-CsAdminRole -Identity CsHelpDesk -Filter "*"
"done"
