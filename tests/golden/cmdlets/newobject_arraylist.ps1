# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md (creating a .NET collection)
$l = New-Object System.Collections.ArrayList
[void]$l.Add('x')
[void]$l.Add('y')
$l.Count
$l.GetType().FullName
