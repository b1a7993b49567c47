# source: about_Quoting_Rules; Parser.Tests.ps1 (array substitution inside double quotes)
$MyArray = "a","b"
"Hello $MyArray"
$n = 1,2,3
"[$n]"
