# source: about_Arithmetic_Operators
'10' - 3
