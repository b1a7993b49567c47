# source: powershell.md section 8 (NormalView); ParameterBinderStrings.resx; AmbiguousParameter
function Get-Thing { [CmdletBinding()] param($Name, $Number) $Name }
Get-Thing -N 1
'after'
