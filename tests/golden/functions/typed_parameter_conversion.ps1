# source: about_Functions; about_Functions_Advanced_Parameters (argument conversion)
function f([int]$n) { $n + 1 }
f '41'
function g([string]$s) { $s.Length }
g 12345
