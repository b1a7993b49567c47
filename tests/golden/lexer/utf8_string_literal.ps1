# source: about_Character_Encoding (UTF-8 with BOM)
$s = 'café'
$s
$s.Length
