# source: powershell.md section 8 (NormalView); ParserStrings.resx (InvokeMethodOnNull)
$x = $null
$x.ToUpper()
'after'
