# source: ConvertTo-Json (5.1) -Depth (default 2); ConvertToJsonCommand.cs ProcessValue (deeper containers become LanguagePrimitives.ConvertTo<string>, scalars stay)
$h = @{ a = @{ b = @{ c = @{ d = 1 } } } }
$h | ConvertTo-Json -Compress
$h | ConvertTo-Json -Compress -Depth 3
$p = [pscustomobject]@{ a = [pscustomobject]@{ b = [pscustomobject]@{ c = [pscustomobject]@{ d = 1 } } } }
$p | ConvertTo-Json -Compress
ConvertTo-Json -InputObject @(1, @(2, @(3, @(4, 5)))) -Compress
ConvertTo-Json -InputObject (, (, (1, 2))) -Compress -Depth 1
@{ a = 'x' } | ConvertTo-Json -Compress -Depth 1
