# source: about_Case-Sensitivity, about_Comparison_Operators
5 -GT 2
'a' -EQ 'A'
'abc' -LIKE 'A*'
