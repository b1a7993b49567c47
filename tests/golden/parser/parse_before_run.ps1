# source: ParserStrings.resx; about_Parsing; powershell.md section 2 (Parse before run)
Write-Output 'first'
Write-Host 'second'
$x = (1 +
