# source: about_Arrays
$a = 1,2,3
$a[-1]
$a[-2]
