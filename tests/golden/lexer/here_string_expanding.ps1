# source: about_Quoting_Rules (here-strings)
$n = 'Ken'
$s = @"
Hello $n
"quoted" 'too'
"@
$s
