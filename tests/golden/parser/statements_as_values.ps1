# source: about_If; about_Assignment_Operators
$a = if ($false) { 1 } else { 2 }
$a
$b = foreach ($i in 1..3) { $i * 2 }
$b.Count
$c = switch (1) { 1 { 'one' } }
$c
