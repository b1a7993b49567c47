# source: about_Splatting
function f { param($Name, $Count) "$Name $Count" }
$p = @{ Name = 'Ken'; Count = 3 }
f @p
