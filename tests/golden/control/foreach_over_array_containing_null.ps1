# source: about_Foreach; everything-about-null
foreach ($i in @($null)) { 'iteration' }
