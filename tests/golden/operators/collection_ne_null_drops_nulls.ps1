# source: about_Comparison_Operators ($null)
$a = 1,$null,2
($a -ne $null).Count
$a -ne $null
