$a = foreach ($i in 1..100000) { $i * 2 }
$a.Count
