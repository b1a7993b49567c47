# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md; GetMember resources (NoObjectInGetMember)
Get-Member
'after'
