# source: about_Preference_Variables ($ConfirmPreference High); HostUserInterface NonInteractive message
function Reset-Thing {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')]
  param($Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Reset')) { "reset $Name" }
}
Reset-Thing -Name a
"after"
