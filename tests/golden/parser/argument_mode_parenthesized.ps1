# source: about_Parsing (argument mode examples)
Write-Output (2+2)
