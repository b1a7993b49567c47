# source: JavaScriptSerializer RecursionLimit (100): deeper JSON is an ArgumentException "RecursionLimit exceeded.", never a crash; 99 nested arrays still read
$ok = ('[' * 99) + '1' + (']' * 99) | ConvertFrom-Json
$x = $ok
for ($i = 0; $i -lt 98; $i++) { $x = $x[0] }
$x[0]
('[' * 10000) + (']' * 10000) | ConvertFrom-Json
('{"a":' * 10000) + '1' + ('}' * 10000) | ConvertFrom-Json
'done'
