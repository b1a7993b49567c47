# source: about_Arrays
$a = 10,20,30,40
$a[0,2]
$a[1..2]
$a[-2..-1]
