# source: about_Arithmetic_Operators
1,2 * 2
