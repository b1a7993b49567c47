# source: ParameterBinderStrings.resx; ParameterArgumentValidationErrorNullNotAllowed; ParameterBinding.Tests.ps1
function f { param([Parameter(Mandatory=$true)] $Name) "hi $Name" }
f -Name $null
'after'
