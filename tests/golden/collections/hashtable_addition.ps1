# source: about_Hash_Tables; about_Arithmetic_Operators (adding hash tables)
$h = @{ a = 1 } + @{ b = 2 }
$h.Count
$h.b
