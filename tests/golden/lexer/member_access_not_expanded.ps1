# source: about_Quoting_Rules
$a = 'abc'
"$a.Length"
"$($a.Length)"
