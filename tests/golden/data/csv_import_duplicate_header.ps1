# source: CsvCommands.cs ValidatePropertyNames (duplicate names, case-insensitive: ExtendedTypeSystem MemberAlreadyPresent, a terminating error) and PowerShell issue #3692 (5.1 output "import-csv : The member "three" is already present.")
"Name,Pool,name`n1,2,3" | ConvertFrom-Csv
'after'
ConvertFrom-Csv -InputObject "a,b`n1,2" -Header X, x
'end'
