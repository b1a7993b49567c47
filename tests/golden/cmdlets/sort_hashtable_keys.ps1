# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md (hashtable with Expression and Descending per property)
$p = @([pscustomobject]@{D='x'; N=1}, [pscustomobject]@{D='y'; N=5}, [pscustomobject]@{D='x'; N=7}, [pscustomobject]@{D='y'; N=2})
($p | Sort-Object @{Expression='D'; Descending=$false}, @{Expression='N'; Descending=$true} | ForEach-Object { "$($_.D)$($_.N)" }) -join ','
