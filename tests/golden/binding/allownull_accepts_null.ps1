# source: about_Functions_Advanced_Parameters (AllowNull attribute)
function f { param([Parameter(Mandatory)][AllowNull()]$a) "null=$($null -eq $a)" }
f -a $null
