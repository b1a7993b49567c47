# source: Write-Host.md; powershell.md section 9
'out1'
Write-Host 'host'
'out2'
