# source: about_Functions_Advanced_Parameters
function Set-Thing {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory=$true, Position=0, ValueFromPipeline=$true)]
    [string]$Identity,
    [Parameter(Position=1)] [int]$Level = 1
  )
  process { "$Identity=$Level" }
}
Set-Thing ken 2
'a','b' | Set-Thing -Level 3
