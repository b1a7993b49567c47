# source: ParameterBinderStrings.resx NamedParameterNotFound; powershell.md section 2
function f { [CmdletBinding()] param($a) }
f -Nope 1
"after"
