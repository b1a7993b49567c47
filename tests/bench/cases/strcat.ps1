$s = ''
for ($i = 0; $i -lt 100000; $i++) { $s += 'x' }
$s.Length
