# source: about_Parameter_Sets; ParameterBinderStrings.resx AmbiguousParameterSet
function Get-Thing {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param(
    [Parameter(ParameterSetName='ByName', Position=0, Mandatory)][string]$Name,
    [Parameter(ParameterSetName='ById', Position=0, Mandatory)][int]$Id,
    [switch]$Force
  )
  "$($PSCmdlet.ParameterSetName): $Name$Id $Force"
}
Get-Thing -Name a -Id 1
"after"
