# source: about_Comment_Based_Help; about_Scripts
<#
.SYNOPSIS
Doubles a number.
.PARAMETER n
The number.
#>
param([int]$n)
$n * 2
