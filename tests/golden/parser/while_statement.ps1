# source: about_While
$n = 3
while ($n -gt 0) { $n; $n-- }
