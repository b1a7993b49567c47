# source: Write-Verbose.md; about_CommonParameters (-Verbose); InternalHostUserInterfaceStrings.resx (VerboseFormatString); powershell.md section 9
function f { [CmdletBinding()] param() Write-Verbose 'from f' }
f -Verbose
$VerbosePreference = 'Continue'
Write-Verbose 'detail'
'done'
