# source: about_Operators (index, member access); about_Methods
$a = 'x','yy','zzz'
$a[1].Length
$a[2].ToUpper()
($a -join '-').Length
