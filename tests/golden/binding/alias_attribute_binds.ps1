# source: about_Functions_Advanced_Parameters (Alias attribute)
function f { [CmdletBinding()] param([Alias("CN","MachineName")]$ComputerName) $ComputerName }
f -CN srv1
f -MachineName srv2
