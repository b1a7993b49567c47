# source: about_Comparison_Operators; Parser.Tests.ps1 (Arithmetic and String Comparison)
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'abc' -ieq 'ABC'
'a' -cne 'A'
'aaa' -lt 'AAA'
'aaa' -clt 'AAA'
