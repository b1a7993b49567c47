# source: about_Parsing (argument mode examples)
Write-Output a$(2)
