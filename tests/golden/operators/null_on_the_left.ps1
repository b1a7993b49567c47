# source: about_Comparison_Operators ($null); everything-about-null
$x = $null
$null -eq $x
$y = 0
$null -eq $y
$z = ''
$null -eq $z
