# source: about_Arrays (a single result is not an array); about_Functions
function f { 'abc' }
$r = f
$r.Length
@(f).Count
