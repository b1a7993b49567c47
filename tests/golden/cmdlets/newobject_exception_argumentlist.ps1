# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md (-ArgumentList)
$e = New-Object System.Exception -ArgumentList 'boom'
$e.Message
$e2 = New-Object -TypeName System.InvalidOperationException -ArgumentList 'bad state'
$e2.Message
