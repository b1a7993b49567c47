# source: about_Functions (Switch parameters)
function f { param([switch]$Force) "$Force" }
f -Force:$false
f -Force:$true
f -Force
f
