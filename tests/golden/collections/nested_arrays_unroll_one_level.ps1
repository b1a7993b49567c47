# source: about_Arrays; about_Pipelines
$a = (1,2),(3,4)
$a.Count
$a | ForEach-Object { $_.Count }
$a
