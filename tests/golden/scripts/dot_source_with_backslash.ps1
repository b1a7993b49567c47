# source: about_Scripts ("To dot source a script, type a dot (.) and a space before the script path"); issue 6 point 2 (". $PSScriptRoot\lib.ps1, either slash")
#Requires -Version 5.1
. $PSScriptRoot\callee_tools.ps1
Get-Libby
$libvar
