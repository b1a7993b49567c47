# source: about_Assignment_Operators; about_Arithmetic_Operators (increment and decrement); Parser.Tests.ps1 (simple multiple assignment)
$one, $two = 1, 2, 3
"One = $one"
"Two = $two"
$two.Count
