# source: Stop-CsWindowsService.md (no -Name: every Lync Server service; -LeaveClsAgentRunning), Start-CsWindowsService.md example 1 ("you will not receive an error if you try to start a service that has already been started") and 4, Get-CsWindowsService.md examples 3, 7; Hh202190 step 6 (Stop-CsWindowsService / Start-CsWindowsService)
(Get-CsWindowsService | Where-Object {$_.Status -eq "Running"}).Count
(Get-CsWindowsService -Name "RTCSrv").DisplayName
Stop-CsWindowsService -Name "RTCRGS"
(Get-CsWindowsService -Name "RTCRGS").Status
Stop-CsWindowsService
(Get-CsWindowsService | Where-Object {$_.Status -eq "Running"}).Count
Start-CsWindowsService
Start-CsWindowsService
(Get-CsWindowsService | Where-Object {$_.Status -ne "Running"}).Count
Stop-CsWindowsService -LeaveClsAgentRunning
Get-CsWindowsService | Where-Object {$_.Status -eq "Running"} | ForEach-Object { $_.Name }
Get-CsWindowsService | Where-Object {$_.Status -ne "Running"} | Start-CsWindowsService
(Get-CsWindowsService | Where-Object {$_.Status -ne "Running"}).Count
Get-CsWindowsService -Name "RTCCLSAGT" -ComputerName atl-cs-001.litwareinc.com | Format-Table
