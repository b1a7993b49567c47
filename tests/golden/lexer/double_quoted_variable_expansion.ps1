# source: about_Quoting_Rules
$name = 'Ken'
"Hello $name!"
"${name}: x"
