# source: Join-Path and Split-Path (reference/5.1/Microsoft.PowerShell.Management): -Parent (default), -Leaf, -Qualifier, -NoQualifier, -IsAbsolute; Join-Path with several parents; a path without a qualifier has none to give
Join-Path C:\Logs users.csv
Join-Path -Path C:\Logs\ -ChildPath \users.csv
Join-Path -Path 'C:\a', 'D:\b' -ChildPath x.txt
Split-Path C:\Logs\users.csv
Split-Path C:\Logs\users.csv -Leaf
Split-Path C:\Logs
Split-Path C:\Logs\users.csv -Qualifier
Split-Path C:\Logs\users.csv -NoQualifier
Split-Path C:\Logs\users.csv -IsAbsolute
Split-Path Logs\users.csv -IsAbsolute
Split-Path Logs\users.csv
Split-Path users.csv -Qualifier -ErrorAction SilentlyContinue
$Error[0].Exception.Message
