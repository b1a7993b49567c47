# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Variable.md (wildcards; results sorted by name)
$zzb = 2
$zza = 1
(Get-Variable zz* | ForEach-Object Name) -join ','
