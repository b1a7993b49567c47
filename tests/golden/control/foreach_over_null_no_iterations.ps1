# source: about_Foreach; everything-about-null ($null is not iterated, PS 3.0+)
foreach ($i in $null) { 'iteration' }
'done'
