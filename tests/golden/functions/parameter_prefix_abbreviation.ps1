# source: lang-spec chapter-08 8.10 (Get-Power -e 3 -b 5); about_Parameters
function Get-Power { param([int]$Base, [int]$Exponent) [math]::Pow($Base, $Exponent) }
Get-Power -e 3 -b 5
Get-Power -Exp 2 -BA 3
