# source: about_Splatting (@PSBoundParameters)
function Inner { param($a, $b) "$a/$b" }
function Outer { param($a, $b) Inner @PSBoundParameters }
Outer -a 1 -b 2
