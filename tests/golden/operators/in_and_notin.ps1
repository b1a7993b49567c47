# source: about_Comparison_Operators (Containment operators)
'b' -in 'a','b'
3 -notin 1,2
'B' -cin 'a','b'
