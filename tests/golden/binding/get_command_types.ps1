# source: Get-Command (CommandType Cmdlet, Function, Alias; gcm alias)
function Get-Mine { }
(Get-Command Where-Object).CommandType
(Get-Command where).CommandType
(Get-Command Get-Mine).CommandType
(gcm Get-Mine).Name
