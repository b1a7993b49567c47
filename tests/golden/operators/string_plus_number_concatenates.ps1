# source: about_Arithmetic_Operators (left operand decides)
'6' + 3
'a' + 1 + 2
