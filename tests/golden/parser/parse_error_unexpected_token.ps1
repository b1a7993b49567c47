# source: ParserStrings.resx; about_Parsing; powershell.md section 2 (Parse before run) (UnexpectedToken)
'never printed'
$x = 1 2
