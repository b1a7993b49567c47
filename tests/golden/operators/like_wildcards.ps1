# source: about_Comparison_Operators; about_Wildcards
'Pilar Ackerman' -like 'Pilar*'
'abc' -like 'a?c'
'abc' -like '[a-c]bc'
'abc' -like 'ab'
'ABC' -like 'a*'
'abc' -clike 'A*'
'abc' -notlike '*z*'
