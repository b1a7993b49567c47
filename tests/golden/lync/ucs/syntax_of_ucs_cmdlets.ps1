# source: cmdlets.md 0.1, 7, 8, 9, 10, 15-18, 20 (parameter sets, positions, mandatory parameters, -WhatIf/-Confirm where supported) and 21 (Get-Credential)
foreach ($n in "Invoke-CsUcsRollback", "Test-CsUnifiedContactStore", "Move-CsUser", "Debug-CsUnifiedContactStore", "Test-CsExStorageConnectivity", "Test-CsExStorageNotification", "Export-CsUserData", "Import-CsUserData", "Update-CsUserData", "Convert-CsUserData", "Get-Credential") {
  Get-Command $n -Syntax
}
