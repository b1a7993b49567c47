# source: about_Parsing (argument mode); powershell.md section 2 (Barewords)
Write-Output if else foreach function
