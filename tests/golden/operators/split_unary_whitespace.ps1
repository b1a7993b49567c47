# source: about_Split
$w = -split "  a b  c "
$w.Count
$w -join '|'
