# source: Write-Host.md; powershell.md section 9
Write-Host 'a' -NoNewline
Write-Host 'b'
