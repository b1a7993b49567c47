# source: ParserStrings.resx; about_Parsing; powershell.md section 2 (Parse before run) (DuplicateKeyInHashLiteral)
'never printed'
$h = @{ a = 1; a = 2 }
