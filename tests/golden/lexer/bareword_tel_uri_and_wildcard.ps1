# source: about_Parsing (argument mode); powershell.md section 2 (Barewords)
Write-Output tel:+14255551212 Pilar*
