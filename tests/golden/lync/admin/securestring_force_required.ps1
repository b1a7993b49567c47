# source: SecureStringCommands.cs / SecureStringCommands.resx ForceRequired (Windows PowerShell 5.1: -AsPlainText without -Force writes a non-terminating ArgumentException error and no object)
ConvertTo-SecureString "P@ssW0rD!" -AsPlainText
$?
$ss = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -ErrorAction SilentlyContinue -ErrorVariable err
$null -eq $ss
$err.Count
$err[0].FullyQualifiedErrorId
"still running"
