# source: about_Type_Conversion; about_Arithmetic_Operators ([int] rounds half to even)
[int]'42' + 1
[string]42 + 1
[int]'0x1F'
[double]'1.5'
[int]2.5
[int]3.5
