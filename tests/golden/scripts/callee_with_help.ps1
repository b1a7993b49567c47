# source: about_Comment_Based_Help ("Script help can be preceded in the script only by comments and blank lines"); also read by get_help_of_a_script.ps1
#Requires -Version 5.1

<#
.SYNOPSIS
Rolls the users of a CSV file back.
.DESCRIPTION
Reads the CSV file and rolls each user back.
.PARAMETER CsvPath
The CSV file, with a SipAddress column.
#>
param([string]$CsvPath = 'users.csv')
"would read $CsvPath"
