# source: powershell.md section 8 (NormalView); ParserStrings.resx (MethodNotFound)
'abc'.NoSuch()
'after'
