# source: Import-Csv (5.1) example 6 "Import a CSV that is missing a value" (H1 and the warning, once per command)
$p = Import-Csv -Path .\csv_fixture_projects.csv
$p.Count
($p[0].PSObject.Properties | ForEach-Object { $_.Name }) -join ','
$p | ForEach-Object { "$($_.ProjectID):$($_.ProjectName):$($_.H1):$($_.Completed)" }
(Import-Csv -Path .\csv_fixture_projects.csv).H1
