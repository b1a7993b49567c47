# source: about_Hash_Tables
$h = @{ a = 1; b = 2 }
$h.Count
$h.a
$h['b']
