# source: about_Comparison_Operators; about_Wildcards
'apple','banana','avocado' -like 'a*'
'apple','banana','avocado' -notlike 'a*'
