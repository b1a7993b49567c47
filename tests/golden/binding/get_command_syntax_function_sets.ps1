# source: Get-Command -Syntax (one line per parameter set, default set first, blank lines between)
function Get-Thing {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param(
    [Parameter(ParameterSetName='ByName', Position=0, Mandatory)][string]$Name,
    [Parameter(ParameterSetName='ById', Position=0, Mandatory)][int]$Id,
    [switch]$Force
  )
  "$($PSCmdlet.ParameterSetName): $Name$Id $Force"
}
Get-Command -Syntax Get-Thing
