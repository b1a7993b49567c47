# source: about_Arrays; about_Operators (comma operator, array subexpression)
@(1).Count
(,1).Count
$x = ,'only'
$x.Count
$x[0]
