# source: about_Hash_Tables
$h = @{ k = 'v' }
$h.Keys
$h.Values
