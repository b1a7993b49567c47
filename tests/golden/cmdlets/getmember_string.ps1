# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md (members of System.String)
$m = 'abc' | Get-Member -Name Length
"$($m.TypeName) $($m.MemberType) $($m.Definition)"
('abc' | Get-Member -MemberType Method -Name ToUpper).Name
