# source: about_Parsing (argument mode); powershell.md section 2 (Barewords); tokenizer ScanNumber (rescan as generic token)
Write-Output 00:10:00 192.168.0.1
$t = Write-Output 192.168.0.1
$t -is [string]
$n = Write-Output 5061
$n -is [int]
