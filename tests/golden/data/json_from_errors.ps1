# source: ConvertFrom-Json (5.1) on invalid JSON: JavaScriptSerializer's ArgumentException (Invalid JSON primitive: x.; positioned texts "(index): input"); 5.1's DuplicateKeysInJsonString for names differing only in case; each error ends only its statement
'abc' | ConvertFrom-Json
'True' | ConvertFrom-Json
'{"a" 1}' | ConvertFrom-Json
'[1,]' | ConvertFrom-Json
'[1 2]' | ConvertFrom-Json
'"open' | ConvertFrom-Json
'{"a":1,"A":2}' | ConvertFrom-Json
$o = '{"a":1,"a":2}' | ConvertFrom-Json
$o.a
'still here'
