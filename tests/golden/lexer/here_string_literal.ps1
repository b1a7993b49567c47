# source: about_Quoting_Rules (here-strings)
$s = @'
$n stays
`t too
'@
$s
