# source: about_Arithmetic_Operators (16 + "file")
16 + 'file'
'after'
