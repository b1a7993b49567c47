# source: everything-about-shouldprocess (ShouldProcess(target) uses the command name as the operation)
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param($Name)
  if ($PSCmdlet.ShouldProcess($Name)) { "removed" }
}
Remove-Thing -Name gamma -WhatIf
