# source: powershell.md section 8 (NormalView); ParameterBinderStrings.resx; NamedParameterNotFound
function Set-Thing { [CmdletBinding()] param($Name) "name=$Name" }
Set-Thing -Bogus 1
'after'
