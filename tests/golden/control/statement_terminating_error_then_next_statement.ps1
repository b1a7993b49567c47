# source: everything-about-exceptions; powershell.md section 8
$z = 0
'x'
$r = 1 / $z
'y'
$null -eq $r
