# source: about_Arithmetic_Operators
'a' * 3
'3' * 2
3 * '2'
