# source: powershell.md section 8 (NormalView); about_Arithmetic_Operators
$z = 0
1 / $z
