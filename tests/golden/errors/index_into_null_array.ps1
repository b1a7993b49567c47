# source: powershell.md section 8 (NormalView); ParserStrings.resx (NullArray)
$n = $null
$n[0]
'after'
