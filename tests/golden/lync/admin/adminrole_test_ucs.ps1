# source: Dn727309 "Permissions required" (RTCUniversalServerAdmins locally; the Get-CsAdminRole line, rendered from &quot;); Get-CsAdminRole.md examples 2, 3, 5, 7; Lync Server 2013 "Predefined Administrative Roles" (CsServerAdministrator: servers, services, troubleshooting; CsUserAdministrator: enable, move users, assign policies; CsViewOnlyAdministrator: view)
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Test-CsUnifiedContactStore"} | ForEach-Object { $_.Identity }
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Move-CsUser\b"} | ForEach-Object { $_.Identity }
"--"
Get-CsAdminRole | Where-Object {$_.Cmdlets -match "New-CsUserServicesPolicy\b"} | ForEach-Object { $_.Identity }
"--"
(Get-CsAdminRole).Count
Get-CsAdminRole -Filter "*Voice*" | ForEach-Object { $_.Identity }
$r = Get-CsAdminRole -Identity "CsHelpDesk"
$r.IsStandardRole
$r.ConfigScopes
$r.Cmdlets -contains "Name=Get-CsUser"
$r.Cmdlets -contains "Name=Test-CsUnifiedContactStore"
Get-CsAdminRole -Identity "CsServerAdministrator" | Select-Object -ExpandProperty Cmdlets | Where-Object { $_ -like "*UserData*" }
(Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False}).Count
