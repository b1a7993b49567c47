# source: about_Comparison_Operators; about_Regular_Expressions
'Ken Myer' -match '(\w+) (\w+)'
$Matches[0]
$Matches[1]
$Matches[2]
