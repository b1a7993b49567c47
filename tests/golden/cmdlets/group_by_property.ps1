# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md (-Property; Group holds the objects)
$u = @([pscustomobject]@{N='ann'; Pool='p1'}, [pscustomobject]@{N='bob'; Pool='p2'}, [pscustomobject]@{N='cy'; Pool='p1'})
$u | Group-Object Pool | Sort-Object Name | ForEach-Object { "$($_.Name): $($_.Group.N -join ',')" }
