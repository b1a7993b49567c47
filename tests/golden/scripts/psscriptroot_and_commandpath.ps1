# source: about_Automatic_Variables ($PSScriptRoot, $PSCommandPath)
[string]::IsNullOrEmpty($PSScriptRoot)
$PSCommandPath.EndsWith('psscriptroot_and_commandpath.ps1')
