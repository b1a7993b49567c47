# source: about_Functions (Switch parameters)
function f { param([switch]$Force) if ($Force) { 'on' } else { 'off' } }
f
f -Force
f -Force:$false
