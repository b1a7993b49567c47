# source: ParserStrings.resx; about_Parsing; powershell.md section 2 (Parse before run)
'never printed'
if ($true) {
  'x'
