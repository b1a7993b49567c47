# source: about_Comment_Based_Help (.PARAMETER); Get-Help -Parameter layout
<#
.SYNOPSIS
  Greets someone.
.PARAMETER Name
  Who to greet.
#>
function Send-Greeting {
  param([Parameter(Mandatory, ValueFromPipelineByPropertyName)][string]$Name)
  "hi $Name"
}
Get-Help Send-Greeting -Parameter Name
