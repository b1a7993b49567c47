# source: about_Comparison_Operators (Replacement operator)
'Hello World' -replace 'world', 'There'
