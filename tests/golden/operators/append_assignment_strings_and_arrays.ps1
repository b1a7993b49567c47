# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement)
$s = 'a'
$s += 'b'
$s += 1
$s
$a = @()
$a += 'x'
$a += 'y'
$a.Count
