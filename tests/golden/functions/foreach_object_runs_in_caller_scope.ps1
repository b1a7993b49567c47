# source: about_Scopes; ForEach-Object.md
$sum = 0
1..4 | ForEach-Object { $sum += $_ }
$sum
