# source: about_Quoting_Rules
$a = 1
'val $a $(1+1)'
'it''s'
