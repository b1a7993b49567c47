# source: about_Automatic_Variables ($PSBoundParameters)
function f { param($a, $b) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('b') }
f 1
f -b 2 -a 1
