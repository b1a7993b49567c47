# source: about_Script_Blocks; about_Operators (call operator)
$sb = { param($a, $b) $a + $b }
& $sb 1 2
& { "args: $args" } x y
