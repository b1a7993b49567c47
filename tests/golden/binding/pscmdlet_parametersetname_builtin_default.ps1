# source: about_Functions_CmdletBindingAttribute ($PSCmdlet.ParameterSetName is __AllParameterSets without sets)
function f { [CmdletBinding()] param($a) $PSCmdlet.ParameterSetName }
f
