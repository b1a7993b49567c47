$a = @()
for ($i = 0; $i -lt 100000; $i++) { $a += $i }
$a.Count
