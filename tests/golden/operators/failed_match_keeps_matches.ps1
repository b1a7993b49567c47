# source: about_Comparison_Operators; about_Regular_Expressions
$null = 'a1' -match '\d'
'zz' -match '\d'
$Matches[0]
