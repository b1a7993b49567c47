# source: about_Arithmetic_Operators
-'5'
-'1.5'
