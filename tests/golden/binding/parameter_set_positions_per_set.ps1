# source: about_Parameter_Sets; about_Functions_Advanced_Parameters (Position per Parameter attribute)
function f {
  [CmdletBinding(DefaultParameterSetName='One')]
  param(
    [Parameter(ParameterSetName='One', Position=0)]
    [Parameter(ParameterSetName='Two', Position=1)]
    $Shared,
    [Parameter(ParameterSetName='Two', Position=0, Mandatory)]$First
  )
  "$($PSCmdlet.ParameterSetName) shared=$Shared first=$First"
}
f a
f -First b c
