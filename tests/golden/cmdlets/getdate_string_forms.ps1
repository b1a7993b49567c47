# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Date.md (DateTime display); about_Type_Conversion (invariant culture in strings)
$d = Get-Date -Date '2013-02-01 10:30:00'
"$d"
$d.DateTime
Get-Date -Date '2013-02-01' -Format D
