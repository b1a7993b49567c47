# source: about_Quoting_Rules (here-strings); lang-spec chapter-02 2.3.5.2
$s = @"
ab
"@
$s.Length
$t = @'
a
b
'@
$t.Length
