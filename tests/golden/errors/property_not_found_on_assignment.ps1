# source: powershell.md section 8 (NormalView); ParserStrings.resx (PropertyNotFound); about_Member-Access_Enumeration
$o = [pscustomobject]@{ a = 1 }
$o.b = 2
'after'
