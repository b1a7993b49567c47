# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement)
$x = 10
$x += 5; $x
$x -= 3; $x
$x *= 2; $x
$x /= 4; $x
$x %= 4; $x
