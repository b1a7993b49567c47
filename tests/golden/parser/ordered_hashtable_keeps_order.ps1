# source: about_Hash_Tables (ordered dictionaries)
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
