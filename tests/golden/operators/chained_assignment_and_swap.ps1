# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement)
$a = $b = 5
$a
$b
$c = 1; $d = 2
$c, $d = $d, $c
"$c $d"
