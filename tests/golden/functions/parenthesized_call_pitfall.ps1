# source: about_Functions; about_Parameters (arguments are separated by spaces)
function f { param($a, $b) "a=$a b=$b count=$($a.Count)" }
f(1,2)
f 1 2
