# source: about_Comparison_Operators (Replacement operator)
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
