# source: about_Arrays (Count or Length on scalars and $null, PS 3.0+)
(5).Count
'abc'.Length
'abc'.Count
$null.Count
$n = $null
$n.Count
