# source: Parser.Tests.ps1 (script args "4 -5 6"); about_Parsing
Write-Output -1
$n = Write-Output -5
$n + 1
