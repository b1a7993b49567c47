# source: about_Comparison_Operators (Replacement operator); .NET substitutions ($$, $0)
'5' -replace '5', '$$5'
'abc' -replace 'b', '[$0]'
