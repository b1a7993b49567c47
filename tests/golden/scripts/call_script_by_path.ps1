# source: about_Scripts (run a script by its path with &, either slash; dot-source a library with .; $PSScriptRoot and $PSCommandPath are the running script's)
& "$PSScriptRoot/callee_greet.ps1" -Name Ken
& $PSScriptRoot\callee_greet.ps1 Pilar
. "$PSScriptRoot/callee_tools.ps1"
Get-Libby
$libvar
"me=$($PSCommandPath -replace '.*/', '')"
