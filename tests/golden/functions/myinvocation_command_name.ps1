# source: about_Automatic_Variables ($MyInvocation)
function Get-Thing { $MyInvocation.MyCommand.Name }
Get-Thing
