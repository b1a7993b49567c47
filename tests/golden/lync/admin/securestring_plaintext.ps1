# source: ConvertTo-SecureString (Microsoft.PowerShell.Security 5.1: example 1 prints "System.Security.SecureString"; -AsPlainText -Force example 3); System.Security.SecureString.Length
$ss = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force
$ss
"$ss"
$ss.Length
$ss -is [securestring]
$ss.GetType().FullName
"kenmyer" | ConvertTo-SecureString -AsPlainText -Force | ForEach-Object { $_.Length }
$t = ConvertTo-SecureString -String "é1" -AsPlainText -Force
$t.Length
