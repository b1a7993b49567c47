# source: about_Functions; about_Arrays
function two { 1, 2 }
function one { 'x' }
function none { }
(two).Count
(one).Count
$n = none
$null -eq $n
