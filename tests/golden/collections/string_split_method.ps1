# source: about_Methods; .NET System.String (ordinal, case-sensitive)
$p = 'a,b,c'.Split(',')
$p.Count
$p[1]
