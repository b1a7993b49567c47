# source: Get-Help.md (-Name: "the path to a script"); about_Comment_Based_Help (help at the beginning of a script, after comments)
$page = (Get-Help ./callee_with_help.ps1 | Out-String) -split "`r?`n"
$page | Where-Object { $_ -match '^(SYNOPSIS|DESCRIPTION)$|Rolls the users|Reads the CSV' } | ForEach-Object { $_.Trim() }
(Get-Help ./callee_with_help.ps1 -Parameter CsvPath | Out-String) -split "`r?`n" | Where-Object { $_ -match 'CsvPath|SipAddress' } | ForEach-Object { $_.Trim() }
