# source: ConvertFrom-Json (5.1): a JSON array is written as ONE Object[] (WriteObject without enumeration), so the next command gets it once
('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count
'[1,2,3]' | ConvertFrom-Json | ForEach-Object { "got $($_.Count)" }
$a = '[]' | ConvertFrom-Json
$a.GetType().Name
$a.Count
