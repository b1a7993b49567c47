# source: about_Parsing (line continuation); Parser.Tests.ps1 (Mathematical Operations)
$x = 1 +
  2
$x
$a = 1,
  2
$a.Count
20 %
  6
