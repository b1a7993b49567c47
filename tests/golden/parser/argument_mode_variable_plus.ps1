# source: about_Parsing (argument mode examples)
$a = 4
Write-Output $a+2
