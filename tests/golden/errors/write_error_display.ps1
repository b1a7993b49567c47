# source: powershell.md section 8 (NormalView); Write-Error.Tests.ps1 (CategoryInfo)
Write-Error 'Bad thing'
'after'
