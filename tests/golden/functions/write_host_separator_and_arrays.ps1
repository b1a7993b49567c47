# source: Write-Host.md; powershell.md section 9
Write-Host 'a' 'b'
Write-Host (1,2,3) -Separator ', '
Write-Host (1,2,3)
