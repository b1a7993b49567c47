function add($a, $b) { $a + $b }
$t = 0
for ($i = 0; $i -lt 100000; $i++) { $t = add $t 1 }
$t
