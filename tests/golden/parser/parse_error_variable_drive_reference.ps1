# source: ParserStrings.resx; about_Parsing; powershell.md section 2 (Parse before run) (InvalidVariableReferenceWithDrive); Parser.Tests.ps1 ("$var:")
$name = 'x'
"$name: hi"
