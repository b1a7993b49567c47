# source: ParameterBinderStrings.resx MissingMandatoryParameter (no prompt in NonInteractive mode)
function f { param([Parameter(Mandatory)]$a, [Parameter(Mandatory)]$b, $c) "ran" }
f -c 1
"after"
