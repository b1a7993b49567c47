# source: ConvertFrom-Json (5.1) (objects -> PSCustomObject); JavaScriptSerializer DeserializePrimitiveObject (Int32, then Int64, exponent -> Double)
$o = '{"name":"Ken","n":1,"big":3000000000,"f":1e3,"t":true,"z":null,"list":[1,"two",{"x":3}],"obj":{"y":"deep"}}' | ConvertFrom-Json
$o.GetType().Name
$o.psobject.Properties.Name -join ','
$o.n.GetType().Name
$o.big.GetType().Name
$o.f
$o.f.GetType().Name
$o.t
$o.z -eq $null
$o.list.GetType().Name
$o.list[2].x
$o.obj.y
'-2147483648' | ConvertFrom-Json | ForEach-Object { $_.GetType().Name }
'2147483648' | ConvertFrom-Json | ForEach-Object { $_.GetType().Name }
