# source: Export-Csv (5.1/7 page example "Add a property to an object and append": CannotAppendCsvWithMismatchedPropertyNames, -Force), CsvCommands.cs (appending uses the file's columns and writes no #TYPE or header line), PathUtils.MasterStreamOpen (-NoClobber: "The file '...' already exists.")
$f = 'C:\Temp\csv_append.csv'
[pscustomobject]@{Name = 'PowerShell Core'; Version = '6.0'} | Export-Csv -Path $f -NoTypeInformation
[pscustomobject]@{Name = 'Windows PowerShell'; Edition = 'Desktop'} | Export-Csv -Path $f -NoTypeInformation -Append
'after'
[pscustomobject]@{Version = '5.1'; Edition = 'Desktop'; Name = 'Windows PowerShell'} | Export-Csv -Path $f -Append
[pscustomobject]@{Name = 'Windows PowerShell'; Edition = 'Desktop'} | Export-Csv -Path $f -NoTypeInformation -Append -Force
Import-Csv $f | ForEach-Object { "$($_.Name)|$($_.Version)|$($null -eq $_.Edition)" }
[pscustomobject]@{A = 1} | Export-Csv -Path $f -NoClobber
(Import-Csv $f).Count
