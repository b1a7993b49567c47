# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md (-Property on a PSObject)
$o = New-Object PSObject -Property @{Name='Ken'}
$o.Name
$o.GetType().Name
