# source: ConvertFromJsonCommand.cs EndProcessing (several inputs: each is one JSON text when the first is, else they are joined with newlines, as Get-Content gives a file's lines)
$lines = '{', '  "Name": "Ken",', '  "Pool": "pool01"', '}'
$o = $lines | ConvertFrom-Json
$o.Name + ' on ' + $o.Pool
'1', '"two"', '{"three":3}' | ConvertFrom-Json | ForEach-Object { "$_" }
$r = '' | ConvertFrom-Json
$r -eq $null
'  ' | ConvertFrom-Json | Measure-Object | ForEach-Object { $_.Count }
