# source: ParameterBinderStrings.resx; ParameterArgumentValidationErrorEmptyStringNotAllowed
function f { param([Parameter(Mandatory=$true)] [string]$Name) "hi $Name" }
f -Name ''
'after'
