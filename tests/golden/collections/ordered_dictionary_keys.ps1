# source: about_Hash_Tables (ordered dictionaries)
$o = [ordered]@{}
$o.z = 1
$o.a = 2
$o['m'] = 3
$o.Keys -join ','
$o.Values -join ','
