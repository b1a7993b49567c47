# source: about_Functions (default values are expressions)
function f { param($a = 2, $b = $a * 3) $b }
f
f 4
f -b 1
