# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md; about_PSCustomObject (New-Object PSCustomObject -Property)
$o = New-Object -TypeName PSCustomObject -Property ([ordered]@{a=1; b=2})
$o.b
"$o"
