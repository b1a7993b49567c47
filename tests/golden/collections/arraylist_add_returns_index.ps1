# source: everything-about-arrays (ArrayList); about_Arrays
$l = [System.Collections.ArrayList]::new()
$l.Add('a')
[void]$l.Add('b')
$null = $l.Add('c')
$l.Add('d') | Out-Null
$l.Count
$l -join ','
