# source: about_Character_Encoding (UTF-8 with BOM)
'bom ok'
$s = 'naïve'
$s.Length
