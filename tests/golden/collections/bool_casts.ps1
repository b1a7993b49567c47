# source: about_Booleans; about_Type_Conversion
[bool]'False'
[bool]@()
[bool]0
[bool]'x'
[bool]$null
