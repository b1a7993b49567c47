# source: about_Comparison_Operators (Replacement operator)
'aAa' -creplace 'a', 'x'
'aAa' -replace 'a', 'x'
