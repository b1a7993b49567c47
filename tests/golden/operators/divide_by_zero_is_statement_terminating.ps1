# source: about_Arithmetic_Operators; about_Try_Catch_Finally; everything-about-exceptions
'before'
$z = 0
1 / $z
'after'
