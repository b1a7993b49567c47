# source: about_Comparison_Operators (Replacement operator)
'a-b-c' -replace '-'
'a1','b2' -replace '\d', '#'
