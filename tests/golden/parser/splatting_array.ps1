# source: about_Splatting
function f { param($Name, $Count) "$Name $Count" }
$a = 'x', 'y'
f @a
