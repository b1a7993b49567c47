# source: ParameterBinding.Tests.ps1 (Value from remaining arguments); powershell.md section 2
function f { $args -join ',' }
f a -q d
