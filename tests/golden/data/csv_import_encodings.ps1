# source: Import-Csv (5.1 page: "Import-Csv uses the byte-order-mark (BOM) to detect the encoding format of the file"): UTF-16 LE and BE files with a BOM
$le = Import-Csv .\csv_fixture_utf16le.csv
"$($le.Name)|$($le.City)|$($le.Name.Length)"
$be = Import-Csv -LiteralPath .\csv_fixture_utf16be.csv
"$($be.Name)|$($be.City)"
