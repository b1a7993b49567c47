# source: about_Splatting (forwarding with @PSBoundParameters)
function inner { [CmdletBinding()] param($Name, [switch]$Force) "inner $Name $Force" }
function outer { [CmdletBinding()] param($Name, [switch]$Force) inner @PSBoundParameters }
outer -Name k -Force
outer -Name j
