# source: about_Parsing (argument mode examples)
Write-Output !1
Write-Output (!1)
