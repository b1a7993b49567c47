# source: about_Split
$p = 'a,b,,c' -split ','
$p.Count
$p -join '|'
