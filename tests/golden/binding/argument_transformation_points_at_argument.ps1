# source: ParameterBinderStrings.resx ParameterArgumentTransformationError; powershell.md section 8 (NormalView position)
function f { [CmdletBinding()] param([int]$n, $m) $n }
f -m 1 -n abc
"after"
