# source: about_Parsing; powershell.md section 2 (parameter names are case-insensitive)
function f { [CmdletBinding()] param($Name) "n=$Name" }
f -Name a
f -NAME b
f -name:c
