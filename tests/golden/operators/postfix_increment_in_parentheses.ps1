# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement)
$i = 1
($i++)
$i
