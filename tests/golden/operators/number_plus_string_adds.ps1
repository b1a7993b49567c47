# source: about_Arithmetic_Operators (left operand decides)
6 + '3'
1 + '2'
1.5 + '1'
