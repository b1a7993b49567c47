# source: ConvertTo-Json / ConvertFrom-Json (5.1) round trip (issue 6 point 7): quotes, backslashes, control characters, CR/LF, NUL, unicode, < > & ', nesting at -Depth, empty containers, Int32/Int64/Double edges
$nul = [char]0
$s = "q`"uote\back\\slash `r`n crlf `t tab $nul nul <tag> & 'apos' é 日本 /slash"
$o = [pscustomobject]@{
    s = $s; i = [int]::MaxValue; j = [int]::MinValue; l = [long]::MaxValue; m = [long]::MinValue
    d = 0.1; e = 1e300; t = $true; n = $null; ea = @(); eo = [pscustomobject]@{}
    nest = [pscustomobject]@{ arr = @(1, 'x', $null) }
}
$back = $o | ConvertTo-Json | ConvertFrom-Json
$back.s -eq $s
$back.i -eq [int]::MaxValue; $back.j -eq [int]::MinValue
$back.l -eq [long]::MaxValue; $back.m -eq [long]::MinValue; $back.m.GetType().Name
$back.d; $back.e; $back.t; $back.n -eq $null
$back.ea.Count; @($back.eo.psobject.Properties).Count
$back.nest.arr.Count; $back.nest.arr[1]
$c = $o | ConvertTo-Json -Compress | ConvertFrom-Json
$c.s -eq $s
$deep = [pscustomobject]@{ a = [pscustomobject]@{ b = [pscustomobject]@{ c = [pscustomobject]@{ d = 1 } } } }
($deep | ConvertTo-Json | ConvertFrom-Json).a.b.c
($deep | ConvertTo-Json -Depth 3 | ConvertFrom-Json).a.b.c.d
