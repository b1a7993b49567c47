# source: about_Arithmetic_Operators
7 % 3
-7 % 3
