# source: about_Hash_Tables; about_Case-Sensitivity
$h = @{ Name = 'Ken' }
$h.name
$h['NAME']
$h.ContainsKey('nAmE')
