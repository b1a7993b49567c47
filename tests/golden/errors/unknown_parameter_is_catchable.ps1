# source: ParameterBinderStrings.resx; about_Try_Catch_Finally
function Set-Thing { [CmdletBinding()] param($Name) "name=$Name" }
try { Set-Thing -Bogus 1 } catch { $_.Exception.Message }
