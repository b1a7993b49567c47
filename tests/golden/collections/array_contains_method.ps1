# source: about_Arrays; .NET IList.Contains (case-sensitive)
$a = 1,2,3
$a.Contains(2)
$a.Contains(5)
@('A','B').Contains('a')
