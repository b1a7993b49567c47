# source: about_Return
function f { return 5 }
$x = f
$x + 1
