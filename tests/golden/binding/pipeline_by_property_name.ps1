# source: about_Functions_Advanced_Parameters (ValueFromPipelineByPropertyName); powershell.md section 2
function Grant-Policy {
  [CmdletBinding()]
  param([Parameter(ValueFromPipelineByPropertyName)]$Identity, $PolicyName)
  process { "$Identity -> $PolicyName" }
}
[pscustomobject]@{Identity='ken'}, [pscustomobject]@{Identity='pilar'} | Grant-Policy -PolicyName Gold
