# source: about_Splatting (hashtable by name, array by position, mixed with other arguments)
function f { [CmdletBinding()] param([Parameter(Position=0)]$a, [Parameter(Position=1)]$b, $c, [switch]$d) "a=$a b=$b c=$c d=$d" }
$h = @{c = 'C'; d = $true}
$arr = 'A', 'B'
f @h @arr
f -c x @arr
f @arr @h
