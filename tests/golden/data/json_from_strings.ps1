# source: JavaScriptSerializer DeserializeString (escapes \" \\ \/ \b \f \n \r \t \uXXXX, surrogate pairs, single-quoted strings and bare member names accepted; a lone surrogate becomes U+FFFD)
$s = '"a\"b\\c\/d\te\u0041\u00e9"' | ConvertFrom-Json
$s
$s.Length
'"\ud83d\ude00"' | ConvertFrom-Json
("'single'" | ConvertFrom-Json)
('{bare: 1}' | ConvertFrom-Json).bare
$n = '"x\u0000y"' | ConvertFrom-Json
$n.Length
$n -eq ('x' + [char]0 + 'y')
$fffd = [char]0xFFFD
('"\ud800"' | ConvertFrom-Json) -eq "$fffd"
