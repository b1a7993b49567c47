# source: powershell.md section 8 (NormalView); about_Type_Conversion
[int]'abc'
'after'
