# source: about_Functions_Advanced_Parameters (ValueFromPipeline); about_Parameter_Sets
function f {
  [CmdletBinding(DefaultParameterSetName='Named')]
  param(
    [Parameter(ParameterSetName='Named')][string]$Name,
    [Parameter(ParameterSetName='Obj', ValueFromPipeline)][int]$Number
  )
  process { "$($PSCmdlet.ParameterSetName) $Number" }
}
1, 2 | f
