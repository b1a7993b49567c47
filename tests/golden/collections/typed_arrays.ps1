# source: about_Arrays (strongly typed arrays)
[int[]]$a = '1', '2'
$a[0] + $a[1]
[string[]]$s = 1, 2
$s[0] + $s[1]
