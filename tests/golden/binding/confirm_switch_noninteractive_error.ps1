# source: about_CommonParameters (-Confirm prompts regardless of impact)
function Set-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param($Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Set')) { "set $Name" }
}
Set-Thing -Name a
Set-Thing -Name b -Confirm
"after"
