# source: about_While; Parser.Tests.ps1 (continue inside loop statements)
$a = 0
while ($a -lt 2) { $a; $a += 1; continue; 'never' }
