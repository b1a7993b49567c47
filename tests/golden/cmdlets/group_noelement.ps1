# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md (-NoElement keeps Count and Name)
$g = 'x','y','x' | Group-Object -NoElement | Sort-Object Name
$g | ForEach-Object { "$($_.Name)=$($_.Count)" }
