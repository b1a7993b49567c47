# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Alias.md (-Name wildcards, -Definition)
(Get-Alias -Definition Where-Object | ForEach-Object Name) -join ','
