# source: about_Functions_Advanced_Parameters (AllowEmptyString attribute)
function f { param([Parameter(Mandatory)][AllowEmptyString()][string]$a) "len=$($a.Length)" }
f -a ""
