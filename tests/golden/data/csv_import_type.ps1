# source: CsvCommands.cs ReadTypeInformation (5.1: the #TYPE line gives the objects the type name "CSV:" + type) and GetTypeString (Export/ConvertTo-Csv drop the CSV: prefix again); Import-Csv 2.0 page (TypeName: CSV:System.Diagnostics.Process)
$u = Import-Csv .\csv_fixture_type.csv
$u.PSObject.TypeNames[0]
$u.SipAddress
$u | ConvertTo-Csv
("a`n1" | ConvertFrom-Csv).PSObject.TypeNames[0]
("#just a comment`na`n1" | ConvertFrom-Csv).a
