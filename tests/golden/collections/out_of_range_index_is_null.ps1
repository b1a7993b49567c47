# source: about_Arrays; about_Operators (Index operator)
$a = 1,2,3
$a[10]
$null -eq $a[10]
