# source: ParameterBinderStrings.resx; MissingArgument
function f { param([int]$n) $n }
f -n
'after'
