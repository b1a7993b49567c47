# source: about_Functions_Advanced_Parameters; powershell.md section 2 (Positional binding)
function f { param([switch]$S, $X) "$S $X" }
f hello
