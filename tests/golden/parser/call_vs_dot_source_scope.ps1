# source: about_Scopes; about_Operators (dot sourcing)
$x = 1
& { $x = 2 }
$x
. { $x = 3 }
$x
