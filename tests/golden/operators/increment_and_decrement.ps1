# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement)
$i = 5
$i++
$i
$j = $i++
$j
$i
++$i
$i
$i--
$i
