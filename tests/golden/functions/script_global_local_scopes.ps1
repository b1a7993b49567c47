# source: about_Scopes; Parser.Tests.ps1 (script, global and local scopes)
$global:var = 'global'
$var = 'script'
function func { $var; $var = 'local'; $local:var; $script:var; $global:var }
func
$var
