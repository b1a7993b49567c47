# source: about_Scopes; about_Operators (call operator)
$v = 1
& { $v = 2; "inside $v" }
$v
