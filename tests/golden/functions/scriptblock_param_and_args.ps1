# source: about_Script_Blocks
$sb = { param($n) $n * 2 }
& $sb 21
$sb2 = { $args[0] + $args[1] }
& $sb2 2 3
