# source: about_Do
$n = 0
do { 'ran'; $n++ } until ($true)
$n
