# source: ParameterBinderStrings.resx; MissingMandatoryParameter; about_Functions_Advanced_Parameters
function f { param([Parameter(Mandatory=$true)] $Name) "hi $Name" }
f
'after'
