# source: about_Functions_Advanced_Parameters (ValidateNotNullOrEmpty); Metadata.resx
function f { [CmdletBinding()] param([ValidateNotNullOrEmpty()][string]$a) $a }
f -a ""
"after"
