# source: about_Foreach; everything-about-null
foreach ($i in 1,2,3) { }
$i
