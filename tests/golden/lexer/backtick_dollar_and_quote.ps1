# source: about_Special_Characters; Parser.Tests.ps1 (C# escape sequences)
$x = 1
"`$x is $x"
"say `"hi`""
