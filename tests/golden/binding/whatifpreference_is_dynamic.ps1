# source: about_Preference_Variables ($WhatIfPreference)
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param($Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" }
}
function Outer { $WhatIfPreference = $true; Remove-Thing -Name inner }
Outer
Remove-Thing -Name outer
