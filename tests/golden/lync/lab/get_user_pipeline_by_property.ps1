# source: issue 4 lab cmdlets: lab user objects feed -Identity of other commands by value and by property name
function Show-Identity {
  [CmdletBinding()]
  param([Parameter(ValueFromPipelineByPropertyName = $true)] [string] $Identity,
        [Parameter(ValueFromPipelineByPropertyName = $true)] [string] $SipAddress)
  process { "$Identity | $SipAddress" }
}
Get-CsLabUser -Identity "Ken Myer" | Show-Identity
Get-CsLabUser -Identity "Ken Myer" | Get-CsLabUser | ForEach-Object DisplayName
Get-CsLabUser -Identity "Pilar Ackerman" | Connect-CsLabClient
(Get-CsLabUser -Identity "Pilar Ackerman").ContactStore
$ken = Get-CsLabUser -Identity "Ken Myer"
($ken | Get-Member -MemberType NoteProperty | ForEach-Object Name) -join ","
$ken.PSObject.TypeNames[0]
