# source: ParameterBinderStrings.resx AmbiguousParameter
function f { [CmdletBinding()] param($Filter, [switch]$Force) }
f -F x
"after"
