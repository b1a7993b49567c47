# source: CommandBaseStrings.resx ShouldProcessWhatIfMessage/ShouldProcessMessage; everything-about-shouldprocess
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(Position=0)]$Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" }
}
Remove-Thing alpha -WhatIf
Remove-Thing beta
