# source: ConvertToJsonCommand.cs (Depth is [ValidateRange(1, int.MaxValue)], at most 100; a dictionary key must be a string: NonStringKeyInDictionary)
1 | ConvertTo-Json -Depth 0
1 | ConvertTo-Json -Depth 101
@{ 1 = 'a' } | ConvertTo-Json
'after'
