# source: Import-Csv (5.1) -Header: "fewer column headers than data columns: the remaining data columns are discarded; more: created with empty data columns"; the original header row becomes an object
$a = Import-Csv -Path .\csv_fixture_projects.csv -Header 'LinkID', 'TopicTitle'
$a.Count
"$($a[0].LinkID)|$($a[0].TopicTitle)"
$b = Import-Csv .\csv_fixture_projects.csv -Header A, B, C, D, E
"$($b[1].A)|$($b[1].C)|$($null -eq $b[1].E)"
$c = 'x;y', '1;2' | ConvertFrom-Csv -Delimiter ';'
"$($c.x)-$($c.y)"
