# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement); about_Variables (type-constrained)
[int]$n = '42'
$n + 1
$n = '7'
$n * 2
