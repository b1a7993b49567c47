# source: about_Comparison_Operators; about_Regular_Expressions
'HELLO' -match 'hello'
'HELLO' -cmatch 'hello'
'abc' -notmatch 'z'
