# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Alias.md; GetAlias resources
Get-Alias nosuchalias
'after'
