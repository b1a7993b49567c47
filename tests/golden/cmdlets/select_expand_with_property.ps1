# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (-ExpandProperty with -Property adds the properties to the expanded objects)
$u = @([pscustomobject]@{U='a'}, [pscustomobject]@{U='b'})
$g = [pscustomobject]@{Team='x'; Users=$u}
$g | Select-Object -Property Team -ExpandProperty Users | ForEach-Object { "$($_.U)/$($_.Team)" }
