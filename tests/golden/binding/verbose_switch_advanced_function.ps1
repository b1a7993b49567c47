# source: about_CommonParameters (-Verbose); Write-Verbose
function f { [CmdletBinding()] param() Write-Verbose 'detail'; 'done' }
f
f -Verbose
f -vb
