# source: Stop-CsWindowsService.md and Start-CsWindowsService.md (-WhatIf: "Describes what would happen if you executed the command without actually executing the command"); about_CommonParameters (5.1 What if: text); Stop-CsWindowsService.md -Name ("an error will occur if you attempt to stop a non-Lync Server service (such as the print spooler)"; text ours)
Stop-CsWindowsService -Name "RTCSRV" -WhatIf
(Get-CsWindowsService -Name "RTCSRV").Status
Get-CsWindowsService | Select-Object -First 2 | Stop-CsWindowsService -WhatIf
Stop-CsWindowsService -Name "Spooler"
Get-CsWindowsService -Name "Spooler"
"done"
