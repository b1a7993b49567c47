# source: about_Parsing (argument mode); powershell.md section 2 (Barewords)
$u = 'kenmyer'
Write-Output sip:$u@litwareinc.com
