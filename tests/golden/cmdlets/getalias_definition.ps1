# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Alias.md; powershell.md section 7 (aliases)
(Get-Alias select).Definition
(Get-Alias where).Definition
(Get-Alias %).Definition
(Get-Alias sort).DisplayName
(Get-Alias gm).CommandType
