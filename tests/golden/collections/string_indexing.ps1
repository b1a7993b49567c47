# source: about_Arrays; about_Operators (Index operator)
'abc'[1]
'abc'[-1]
