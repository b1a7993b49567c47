# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (-Property)
$f = @([pscustomobject]@{Name='c'; Size=30}, [pscustomobject]@{Name='a'; Size=10}, [pscustomobject]@{Name='b'; Size=20})
($f | Sort-Object Size | ForEach-Object Name) -join ','
($f | Sort-Object -Property Size -Descending | ForEach-Object Name) -join ','
