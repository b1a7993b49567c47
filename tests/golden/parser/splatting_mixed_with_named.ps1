# source: about_Splatting
function f { param($Name, $Count) "$Name $Count" }
$p = @{ Name = 'Ken' }
f @p -Count 5
