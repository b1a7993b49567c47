# source: Get-Command -Syntax (-WhatIf and -Confirm with SupportsShouldProcess; simple functions have no CommonParameters)
function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory)][string]$Name) }
function plain($a, [switch]$b) { }
(Get-Command -Syntax Remove-Thing).Trim()
(Get-Command -Syntax plain).Trim()
