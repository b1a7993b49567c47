# source: about_Hash_Tables
$h = @{ a = 1 }
$h.Add('b', 2)
$h.Count
$h.Remove('a')
$h.Count
$h.Keys
