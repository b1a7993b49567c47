# source: Import-Csv (5.1 page: BOM, header line) and CsvCommands.cs ParseNextRecord/ReadTillNextDelimiter/BuildMshobject (doubled quotes, delimiters and CRLF inside quotes, leading blanks skipped, blank lines skipped, missing fields $null, extra fields dropped)
$rows = Import-Csv -Path .\csv_fixture_quoting.csv
$rows.Count
foreach ($r in $rows) {
  "[{0}|{1}|{2}|{3}]" -f $r.Name, $r.Sip, ($r.Note -replace "`r`n", '<CRLF>'), ($null -eq $r.Note)
}
($rows[0].PSObject.Properties | ForEach-Object { $_.Name }) -join ','
$rows[0].Name.GetType().FullName
