# source: about_Comparison_Operators (collection on the left)
1,2,3,2 -eq 2
