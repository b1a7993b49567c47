# source: ParameterBinderStrings.resx PositionalParameterNotFound
function f { [CmdletBinding()] param([Parameter(Position=0)]$a) $a }
f 1 2
"after"
