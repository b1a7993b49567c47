# source: reference/5.1/Microsoft.PowerShell.Utility/Start-Sleep.md (-Milliseconds, -Seconds)
Start-Sleep -Milliseconds 20
Start-Sleep -Seconds 0
'done'
