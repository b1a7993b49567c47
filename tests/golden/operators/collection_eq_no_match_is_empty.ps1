# source: about_Comparison_Operators; Parser.Tests.ps1 (Comparison Operators with Arrays)
@(1,2) -eq 3
(@(1,2) -eq 3).Count
$test = 1,2,@(3,4)
($test -eq 3).Count
$test -eq 2
