# source: about_Functions_Advanced_Parameters (ValueFromPipeline)
function f {
  [CmdletBinding()]
  param([Parameter(ValueFromPipeline=$true)] $Item)
  process { "got $Item" }
}
'a','b' | f
f -Item c
