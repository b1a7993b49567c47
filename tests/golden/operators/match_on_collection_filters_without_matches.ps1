# source: about_Comparison_Operators; about_Regular_Expressions (-match on a collection does not set $Matches)
$null = 'x1' -match 'x(\d)'
'a1','b2','c3' -match '[ab]'
$Matches[1]
