# source: about_Hash_Tables
$h = @{}
$h.x = 1
$h['y'] = 2
$h.Count
$h.ContainsKey('x')
$h.ContainsKey('z')
