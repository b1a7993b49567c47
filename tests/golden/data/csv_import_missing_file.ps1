# source: 5.1 PathUtils.OpenStreamReader/ReportFileOpenFailure: a missing file is a terminating FileOpenFailure (OpenError) with .NET's FileNotFoundException text; the script goes on
Import-Csv -Path C:\Temp\csv_no_such_file.csv
'next'
Import-Csv
'end'
