# source: ConvertTo-Json (5.1) Example 1 layout ("Eras":  [ with items under the bracket); ConvertToJsonCommand.cs ConvertToPrettyJsonString (empty blocks keep an empty line)
$o = [ordered]@{
    Name = 'Ken'
    Count = 3
    Tags = @('a', 'b')
    Manager = [ordered]@{ Sip = 'sip:ken@litwareinc.com'; Ids = @(1, 2) }
    Empty = @()
    None = [ordered]@{}
    Gone = $null
}
$o | ConvertTo-Json
ConvertTo-Json -InputObject @(1, @(2, 3), [ordered]@{ x = $true })
