# source: powershell.md section 2 (Write-Output -In x binds -InputObject); MergedCommandParameterMetadata.GetMatchingParameter
Write-Output -In x
function f { [CmdletBinding()] param($Instance) "i=$Instance" }
f -Inst y
