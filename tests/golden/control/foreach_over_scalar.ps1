# source: about_Foreach; everything-about-null
foreach ($i in 5) { $i * 2 }
