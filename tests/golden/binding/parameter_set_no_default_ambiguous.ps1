# source: about_Parameter_Sets (without DefaultParameterSetName PowerShell cannot choose)
function f {
  [CmdletBinding()]
  param([Parameter(ParameterSetName='A')]$x, [Parameter(ParameterSetName='B')]$y, $z)
  $PSCmdlet.ParameterSetName
}
f -x 1
f -z 1
"after"
