# source: about_Functions
function add($x, $y) { $x + $y }
add 2 3
add 'a' 'b'
