$sum = 0
for ($i = 0; $i -lt 1000000; $i++) { $sum += $i; if ($sum -gt 1000000000) { $sum = 0 } }
$sum
