# source: lang-spec chapter-08 section 8.10 (Get-Power -e 3 -b 5)
function Get-Power { [CmdletBinding()] param([int]$Base, [int]$Exponent) [math]::Pow($Base, $Exponent) }
Get-Power -e 3 -b 5
