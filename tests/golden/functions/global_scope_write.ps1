# source: about_Scopes
function f { $global:g = 'G' }
f
$g
