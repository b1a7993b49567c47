# source: ParameterBinderStrings.resx; ParameterArgumentTransformationError; about_Functions_Advanced_Parameters
function f([int]$n) { $n }
f abc
'after'
