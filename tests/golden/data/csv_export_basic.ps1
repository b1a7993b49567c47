# source: Export-Csv and ConvertTo-Csv (5.1 pages and NOTES): "#TYPE" + the first object's type name unless -NoTypeInformation, every value double-quoted, columns from the first object (missing: two consecutive delimiters, extra: left out), values by ToString() (an array: System.Object[]); CsvCommands.cs EscapeAndAppendString ($null: no quotes)
$a = [pscustomobject]@{Name = 'Ann'; Tags = @('x', 'y'); Gone = $null; Empty = ''; On = $true; N = 1.5}
$b = [pscustomobject]@{Name = 'Bob "B"'; Extra = 1}
$a, $b | ConvertTo-Csv
$a, $b | ConvertTo-Csv -NoTypeInformation -Delimiter ';'
$f = 'C:\Temp\csv_export_basic.csv'
$a, $b | Export-Csv -Path $f
$back = Import-Csv $f
$back.PSObject.TypeNames[0]
$back | ForEach-Object { "$($_.Name)|$($_.Tags)|$($null -eq $_.Gone)|$($_.Gone.Length)|$($_.N)" }
'abc' | ConvertTo-Csv -NoTypeInformation
@{k = 1} | ConvertTo-Csv
