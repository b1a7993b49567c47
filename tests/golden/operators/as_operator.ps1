# source: about_Type_Operators
'5' -as [int]
'x' -as [int]
$r = 'x' -as [int]
$null -eq $r
