# source: about_If; about_Booleans
$v = ''
if ($v) { 'a' } elseif ($null) { 'b' } elseif ('x') { 'c' } else { 'd' }
