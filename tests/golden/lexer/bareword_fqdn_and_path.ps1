# source: about_Parsing (argument mode); powershell.md section 2 (Barewords)
Write-Output atl-cs-001.litwareinc.com C:\Logs\x.zip
