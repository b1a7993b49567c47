# source: about_Arrays
$a = 1,2
$a += 3
$a.Count
$a[2]
$a[1] = 20
$a -join ','
