# source: Test-Path (Microsoft.PowerShell.Management): True/False per path, -PathType Leaf/Container, Env: and Variable: drives
Test-Path -Path .\test_path_filesystem.ps1
Test-Path -Path ./test_path_filesystem.ps1 -PathType Leaf
Test-Path -Path ./test_path_filesystem.ps1 -PathType Container
Test-Path -Path . -PathType Container
Test-Path -Path .\no_such_file.txt
"test_path_filesystem.ps1", "no_such_file.txt" | Test-Path
Test-Path -LiteralPath "test_path_filesystem.ps1"
Test-Path -Path "C:\"
Test-Path -Path "C:\Logs\NotThere.zip"
$defined = 1
Test-Path -Path Variable:defined
Test-Path -Path Env:UCSH_STORE
Test-Path -Path Variable:NoSuchVariable
Test-Path -Path ""
"after"
