# source: about_Hash_Tables; ForEach-Object (-Begin -Process -End)
$h = @{ a = 1; b = 2; c = 3 }
$h.Values | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }
