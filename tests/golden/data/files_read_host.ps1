# source: Read-Host (reference/5.1) under powershell.exe -NonInteractive: "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." (PSInvalidOperationException); the script goes on
$name = Read-Host -Prompt 'User name'
"got [$name]"
try { Read-Host 'again' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
