# source: about_Preference_Variables ($ConfirmPreference None)
function Reset-Thing {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')]
  param($Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Reset')) { "reset $Name" }
}
$ConfirmPreference = 'None'
Reset-Thing -Name a
