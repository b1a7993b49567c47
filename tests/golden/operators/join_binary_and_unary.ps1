# source: about_Join; about_Operator_Precedence
1,2,3 -join '-'
-join ('a','b','c')
-join 'a','b'
