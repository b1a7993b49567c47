# source: ParameterBinding.Tests.ps1 (positional cases); about_Functions_Advanced_Parameters (Position)
function f { [CmdletBinding()] param([Parameter(Position=1)]$b, [Parameter(Position=0)]$a) "a=$a b=$b" }
f one two
