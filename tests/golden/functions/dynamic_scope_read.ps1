# source: about_Scopes (a child scope can read the parent)
function f { $x }
$x = 'outer'
f
