# source: about_Arithmetic_Operators; Parser.Tests.ps1 (concatenation of two arrays)
$a = 1,2 + 3
$a.Count
$a -join ','
(1,2,3 + 4,5,6) -join ''
