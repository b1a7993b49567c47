# source: about_Functions (Switch parameters); powershell.md section 2 (-Name:value)
function f { [CmdletBinding()] param([switch]$On) "on=$On" }
f
f -On
f -On:$false
f -On:$true
