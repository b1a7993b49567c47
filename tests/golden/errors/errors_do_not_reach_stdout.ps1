# source: powershell.md section 9 (error records go to stderr)
$r = Write-Error 'only on stderr'
$null -eq $r
