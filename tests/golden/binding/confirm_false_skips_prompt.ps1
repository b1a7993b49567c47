# source: everything-about-shouldprocess (-Confirm:$false); powershell.md section 8
function Reset-Thing {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')]
  param($Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Reset')) { "reset $Name" }
}
Reset-Thing -Name a -Confirm:$false
