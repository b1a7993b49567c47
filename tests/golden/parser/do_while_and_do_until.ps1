# source: about_Do
$i = 10
do { "body $i" } while ($i -lt 5)
$j = 0
do { $j++ } until ($j -ge 3)
$j
