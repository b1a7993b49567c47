# source: about_CommonParameters (-WarningAction); Write-Warning
Write-Warning 'hidden' -WarningAction SilentlyContinue
Write-Warning 'shown'
function f { [CmdletBinding()] param() Write-Warning 'from f' }
f -WarningAction SilentlyContinue
f
