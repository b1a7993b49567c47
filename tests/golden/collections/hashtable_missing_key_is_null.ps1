# source: about_Hash_Tables
$h = @{ a = 1 }
$h.zz
$null -eq $h.zz
$null -eq $h['zz']
