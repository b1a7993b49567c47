# source: about_Trap; Parser.Tests.ps1 (trapping a specific exception)
trap [System.DivideByZeroException] { 'divide trap'; continue }
$z = 0
$r = 1 / $z
'after'
