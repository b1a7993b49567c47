# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (several properties: later ones break ties)
$p = @([pscustomobject]@{A=2; B='b'}, [pscustomobject]@{A=1; B='z'}, [pscustomobject]@{A=2; B='a'})
($p | Sort-Object A, B | ForEach-Object { "$($_.A)$($_.B)" }) -join ','
