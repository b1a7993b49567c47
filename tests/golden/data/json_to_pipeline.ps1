# source: ConvertToJsonCommand.cs ProcessRecord/EndProcessing (non-null pipeline objects are collected; several become one array, one stays itself)
1, 2, 3 | ConvertTo-Json -Compress
@(7) | ConvertTo-Json -Compress
, @(7) | ConvertTo-Json -Compress
1, $null, 2 | ConvertTo-Json -Compress
$r = $null | ConvertTo-Json
$r -eq $null
(1..3 | ConvertTo-Json).GetType().Name
[pscustomobject]@{ n = 1 }, [pscustomobject]@{ n = 2 } | ConvertTo-Json
