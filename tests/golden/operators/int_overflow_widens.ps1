# source: about_Arithmetic_Operators (overflow converts to a wider type)
[int]::MaxValue + 1
[int]::MaxValue * 2
